-- A password reset or change ends the account's open sessions on every node: each session remembers the
-- credentials version it logged in with, and a request whose version is no longer the account's is logged out.
ALTER TABLE account ADD COLUMN credentials_version INT NOT NULL DEFAULT 0;
