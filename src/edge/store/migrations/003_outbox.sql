
        -- Every outgoing mail, queued in the same transaction as the decision to send it.
        CREATE TABLE outbox (
            id          INTEGER PRIMARY KEY,
            key         TEXT NOT NULL UNIQUE,     -- idempotency key: receipt:<mid>, reminder:<p>:<d>:<executor>, …
            kind        TEXT NOT NULL,
            recipients  TEXT NOT NULL,            -- envelope recipients, comma-separated
            message_id  TEXT NOT NULL,
            raw         BLOB NOT NULL,
            status      TEXT NOT NULL,            -- queued | sending | sent | failed
            attempts    INTEGER NOT NULL DEFAULT 0,
            next_ts     INTEGER NOT NULL,
            last_error  TEXT,
            created_ts  INTEGER NOT NULL,
            sent_ts     INTEGER
        );
        CREATE INDEX outbox_due ON outbox (status, next_ts);
        