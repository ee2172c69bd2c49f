-- Who runs a job on this database right now (issue 10, "resume at once"). The lease itself is MySQL's
-- GET_LOCK, which lives exactly as long as the holder's connection, so a killed process releases it at once;
-- this row only names the holder (host, pid, job) for the message a second start prints. On H2 the database
-- file lock already keeps every other process out, and the row is written all the same.
CREATE TABLE job_lease (
  lock_name   VARCHAR(64)  NOT NULL PRIMARY KEY,
  host        VARCHAR(255) NOT NULL,
  pid         BIGINT       NOT NULL,
  job_name    VARCHAR(100) NOT NULL,
  acquired_at DATETIME(6)  NOT NULL
);

-- A reject record quotes at most 200 characters of a value (spec "Bad input"), but its reasons name the
-- line where an open quote began or the limit a line exceeded: room for them, so that no input can make
-- the reject writer fail.
ALTER TABLE import_reject MODIFY COLUMN column_name VARCHAR(255);
ALTER TABLE import_reject MODIFY COLUMN reason_zh VARCHAR(1000) NOT NULL;
ALTER TABLE import_reject MODIFY COLUMN reason_en VARCHAR(1000) NOT NULL;
