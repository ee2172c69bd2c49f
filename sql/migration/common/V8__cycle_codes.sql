-- Cycles are named by a code (spec "The re-assessment"): '2026' for the regular cycle, '2026R' for its
-- re-assessment (再次考核). Every cycle_year column becomes that code; existing rows keep their year, which is
-- the code of the regular cycle, so databases of earlier versions carry over unchanged. The column keeps its
-- name because the input files and the registry feed call the field cycle_year.
ALTER TABLE cycle_phase MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE application MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE evaluation MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE exam_attempt MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE physician_hide MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE input_conflict MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE ruling_run MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE result MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE ruling_exception MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE stage_application MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE stage_evaluation MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE stage_exam_attempt MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE stage_hide MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE feed_counter MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE feed_delivery MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE feed_delivered_row MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE institution_confirmation MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE assessment_application MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE exam_delegation MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
ALTER TABLE physician_confirmation MODIFY COLUMN cycle_year VARCHAR(8) NOT NULL;
