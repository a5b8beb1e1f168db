
        -- People's decisions (zvit assign, set-measure, dismiss), kept apart from what the
        -- parser produced so that reprocess keeps them. The latest decision of a kind wins.
        CREATE TABLE decision (
            message_id TEXT NOT NULL,             -- without <>
            action     TEXT NOT NULL,             -- assign | set_measure:<seq> | dismiss
            value      TEXT NOT NULL,
            at         INTEGER NOT NULL,
            PRIMARY KEY (message_id, action)
        );
        -- Addresses learned with `zvit assign --learn-address`.
        CREATE TABLE learned_address (
            address  TEXT PRIMARY KEY,
            executor TEXT NOT NULL
        );
        