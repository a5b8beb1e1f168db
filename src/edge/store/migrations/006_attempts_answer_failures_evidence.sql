
        -- Analyses begun and not (yet) finished, committed before the pipeline runs: a message
        -- whose analysis did not finish twice (the process died: abort, OOM kill, SIGKILL) is
        -- set aside instead of being tried again (see intake::analyse).
        CREATE TABLE attempt (
            message  INTEGER PRIMARY KEY REFERENCES message(id) ON DELETE CASCADE,
            count    INTEGER NOT NULL,
            last_ts  INTEGER NOT NULL
        );
        -- Automatic answers that could not be built (the analysis was saved all the same).
        -- Why each item is under its measure (map::Evidence, or a person's decision).
        ALTER TABLE item ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
        CREATE TABLE answer_failure (
            message  INTEGER PRIMARY KEY REFERENCES message(id) ON DELETE CASCADE,
            error    TEXT NOT NULL,
            at       INTEGER NOT NULL
        );
        