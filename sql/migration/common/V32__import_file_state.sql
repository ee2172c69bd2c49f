-- The import's state kept once, in import_file (it also lived in the job's execution context, as a second state
-- machine). Every run records each kind it reaches in a row of its job execution: the file it loads (LOADING,
-- MERGING, then IMPORTED or REFUSED, as before), and now also SKIPPED (a file whose SHA-256 was imported before;
-- same_as_file_id names that import) and MISSING (no file of the kind in the input folder: file_name '', sha256
-- '', size 0). Input rows never point at a SKIPPED or MISSING row, and every reader that asks for a status asks
-- for one of the four it knows, so they read on as before.
-- The load step re-opens the file it registered from the run's input folder, its file_name and the encoding the
-- registration detected from the bytes: charset (UTF-8 or GB18030) and utf8_bom (Y/N), so that it does not
-- read the whole file again to decide.
ALTER TABLE import_file ADD COLUMN charset VARCHAR(16);
ALTER TABLE import_file ADD COLUMN utf8_bom CHAR(1);
ALTER TABLE import_file ADD COLUMN same_as_file_id BIGINT;
CREATE INDEX ix_import_file_run ON import_file (job_execution_id, kind);
