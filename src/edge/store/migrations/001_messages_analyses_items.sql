
        CREATE TABLE message (
            id          INTEGER PRIMARY KEY,
            message_id  TEXT NOT NULL UNIQUE,   -- without <>; made up from the hash when absent
            sha256      TEXT NOT NULL UNIQUE,
            raw         BLOB NOT NULL,
            received_ts INTEGER NOT NULL,       -- unix seconds (DESIGN.md: receive time)
            origin      TEXT NOT NULL,          -- where it came from (file, maildir, imap)
            stored_at   TEXT NOT NULL
        );
        CREATE TABLE analysis (
            message      INTEGER PRIMARY KEY REFERENCES message(id) ON DELETE CASCADE,
            kind         TEXT NOT NULL,
            from_addr    TEXT,
            subject      TEXT NOT NULL,
            executor     TEXT,
            method       TEXT,
            attribution_confidence REAL,
            period       INTEGER,
            late         INTEGER NOT NULL,
            reason_code  TEXT,
            reason_text  TEXT
        );
        CREATE TABLE part (
            message     INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
            seq         INTEGER NOT NULL,
            name        TEXT NOT NULL,
            format      TEXT NOT NULL,
            chars       INTEGER NOT NULL,
            charset     TEXT,
            reason_code TEXT,
            reason_text TEXT,
            PRIMARY KEY (message, seq)
        );
        CREATE TABLE item (
            message        INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
            seq            INTEGER NOT NULL,
            executor       TEXT NOT NULL,
            period         INTEGER,
            measure        INTEGER,
            text           TEXT NOT NULL,
            confidence     REAL NOT NULL,
            late           INTEGER NOT NULL,
            not_applicable INTEGER NOT NULL,
            source         TEXT NOT NULL,
            sheet          TEXT,
            row            INTEGER,
            PRIMARY KEY (message, seq)
        );
        CREATE INDEX item_key ON item (executor, period, measure);
        