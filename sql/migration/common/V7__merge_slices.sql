-- A file is merged slice by slice, in the order of its kind's leading key (cert_no; org_code for
-- institutions), each slice in its own transaction; merged_through is the last key merged, committed with
-- its slice, so that a restart continues after it. import_file.status gains MERGING (accepted, being
-- merged) between LOADING and IMPORTED.
ALTER TABLE import_file ADD COLUMN merged_through VARCHAR(64);
