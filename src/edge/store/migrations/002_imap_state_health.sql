
        -- Where IMAP intake stands in each mailbox: the next fetch starts above last_uid.
        CREATE TABLE imap_state (
            mailbox     TEXT PRIMARY KEY,
            uidvalidity INTEGER NOT NULL,
            last_uid    INTEGER NOT NULL
        );
        -- Which stored message a server UID is (for flags and moves after analysis).
        CREATE TABLE imap_uid (
            mailbox     TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            uid         INTEGER NOT NULL,
            message     INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
            done        INTEGER NOT NULL DEFAULT 0,   -- flagged/moved on the server
            PRIMARY KEY (mailbox, uidvalidity, uid)
        );
        -- The intake's health, shown by `zvit status`.
        CREATE TABLE health (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            at    INTEGER NOT NULL
        );
        