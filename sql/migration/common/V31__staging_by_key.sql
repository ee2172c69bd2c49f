-- Staging clustered by the kind's key (issue 13). A file is merged in the order of its key, slice by slice, and
-- each line is checked against the other lines of its key; with (file_id, key, line_no) as the primary key the
-- merge reads the staged rows in the order it needs them, where it used to walk a second index and fetch every
-- row by its line number (on MariaDB the merges of 150,000 physicians took a third longer). The key of a line is
-- a function of the line, so a chunk staged again after a crash still overwrites itself: the primary key stays
-- an idempotent upsert key. Staging holds only a file being imported, so this is cheap on any database.
-- A roster line's sites are keyed the same way (the line's cert_no first), so that the merge finds them in the
-- order it reads the lines instead of one look-up by line number each (at 1,000,000 physicians the look-ups cost
-- more than the inserts). Sites staged before this migration take their line's cert_no.

ALTER TABLE stage_physician_site ADD COLUMN cert_no VARCHAR(32) NOT NULL DEFAULT '';
UPDATE stage_physician_site SET cert_no = (SELECT s.cert_no FROM stage_physician s
                                            WHERE s.file_id = stage_physician_site.file_id
                                              AND s.line_no = stage_physician_site.line_no)
 WHERE EXISTS (SELECT 1 FROM stage_physician s
                WHERE s.file_id = stage_physician_site.file_id AND s.line_no = stage_physician_site.line_no);
ALTER TABLE stage_physician_site DROP PRIMARY KEY;
ALTER TABLE stage_physician_site ADD PRIMARY KEY (file_id, cert_no, line_no, org_code);

DROP INDEX ix_stage_institution_key ON stage_institution;
ALTER TABLE stage_institution DROP PRIMARY KEY;
ALTER TABLE stage_institution ADD PRIMARY KEY (file_id, org_code, line_no);

DROP INDEX ix_stage_physician_key ON stage_physician;
ALTER TABLE stage_physician DROP PRIMARY KEY;
ALTER TABLE stage_physician ADD PRIMARY KEY (file_id, cert_no, line_no);

DROP INDEX ix_stage_application_key ON stage_application;
ALTER TABLE stage_application DROP PRIMARY KEY;
ALTER TABLE stage_application ADD PRIMARY KEY (file_id, cert_no, cycle_year, line_no);

DROP INDEX ix_stage_evaluation_key ON stage_evaluation;
ALTER TABLE stage_evaluation DROP PRIMARY KEY;
ALTER TABLE stage_evaluation ADD PRIMARY KEY (file_id, cert_no, org_code, cycle_year, line_no);

DROP INDEX ix_stage_exam_attempt_key ON stage_exam_attempt;
ALTER TABLE stage_exam_attempt DROP PRIMARY KEY;
ALTER TABLE stage_exam_attempt ADD PRIMARY KEY (file_id, cert_no, cycle_year, exam_mode, attempt_no, line_no);

DROP INDEX ix_stage_hide_key ON stage_hide;
ALTER TABLE stage_hide DROP PRIMARY KEY;
ALTER TABLE stage_hide ADD PRIMARY KEY (file_id, cert_no, org_code, cycle_year, line_no);
