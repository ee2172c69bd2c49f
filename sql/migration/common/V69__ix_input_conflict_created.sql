-- Issue 26: the import conflicts recorded since the previous ruling run, by index range (see V64).
CREATE INDEX ix_input_conflict_created ON input_conflict (created_at);
