-- The ruling reads every input table by ranges of cert_no within a cycle (one range read per table and page of
-- physicians); input_conflict lacked the (cycle_year, cert_no) index the other input tables have.
CREATE INDEX ix_input_conflict_cycle ON input_conflict (cycle_year, cert_no);
