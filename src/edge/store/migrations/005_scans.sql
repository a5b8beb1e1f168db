
        -- Text read by OCR, by the file's content hash (so reprocess never reads a file twice).
        CREATE TABLE scan (
            hash        TEXT PRIMARY KEY,         -- SHA-256 of the file, hex
            text        TEXT NOT NULL,
            confidence  REAL NOT NULL,            -- 0-1
            pages_total INTEGER NOT NULL,
            failure     TEXT,                     -- why nothing was read
            created_ts  INTEGER NOT NULL
        );
        -- Each page read; the image is kept when OCR was not sure of the page.
        CREATE TABLE scan_page (
            hash       TEXT NOT NULL REFERENCES scan(hash) ON DELETE CASCADE,
            page       INTEGER NOT NULL,
            confidence REAL NOT NULL,
            chars      INTEGER NOT NULL,
            image      BLOB,
            PRIMARY KEY (hash, page)
        );
        -- Files waiting for the daemon's OCR worker, and the messages waiting for them: such a
        -- message is analysed (and answered) once all its files are read.
        CREATE TABLE scan_job (
            hash      TEXT PRIMARY KEY,
            name      TEXT NOT NULL,
            format    TEXT NOT NULL,
            data      BLOB NOT NULL,
            queued_ts INTEGER NOT NULL
        );
        CREATE TABLE scan_wait (
            message INTEGER NOT NULL REFERENCES message(id),
            hash    TEXT NOT NULL,
            PRIMARY KEY (message, hash)
        );
        