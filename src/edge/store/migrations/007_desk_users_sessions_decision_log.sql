-- The web desk (crate::web): its users, their sessions, and who made each decision when.
CREATE TABLE desk_user (
    name       TEXT PRIMARY KEY,
    role       TEXT NOT NULL,             -- coordinator | admin
    hash       TEXT NOT NULL,             -- Argon2id, PHC string
    created_ts INTEGER NOT NULL
);
CREATE TABLE desk_session (
    token_hash TEXT PRIMARY KEY,          -- SHA-256 of the cookie's token, hex: the token itself is never stored
    user       TEXT NOT NULL,
    csrf       TEXT NOT NULL,             -- the token every form of this session carries
    created_ts INTEGER NOT NULL,
    expires_ts INTEGER NOT NULL
);
-- Every decision as it was made (the decision table keeps only the latest of a kind).
CREATE TABLE decision_log (
    id         INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL,             -- without <>
    action     TEXT NOT NULL,
    value      TEXT NOT NULL,
    by_whom    TEXT NOT NULL,             -- desk user, or cli:<login> for the command line
    at         INTEGER NOT NULL
);
CREATE INDEX decision_log_message ON decision_log (message_id, at);
