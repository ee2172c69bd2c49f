-- Issue 26: a file loaded straight into its input table (the table held nothing of its kind when the file was
-- registered; MySQL's LOAD DATA only): how many of its lines the load wrote there, counted in the load's chunks.
-- NULL for a file staged and merged. One statement (a kill inside a migration leaves no half of it).
ALTER TABLE import_file ADD COLUMN direct_rows BIGINT;
