-- The re-assessment of cycle 2026 (再次考核, cycle code 2026R) in the first half of 2027 (spec "The re-assessment";
-- plan §二(六), §六(一)(二)). Only CLOSE (statistics due by 2027-07-22) and FEED (results into the registration
-- system by 2027-08-01) come from the plan; the other phases are defaults an office may change in this table,
-- like every timeline.
INSERT INTO cycle_phase (cycle_year, phase, starts_on, ends_on) VALUES
  ('2026R', 'REGISTRATION', '2027-03-01', '2027-03-31'),
  ('2026R', 'REVIEW',       '2027-04-01', '2027-04-15'),
  ('2026R', 'EVALUATION',   '2027-04-16', '2027-05-15'),
  ('2026R', 'CONFIRMATION', '2027-05-16', '2027-05-20'),
  ('2026R', 'EXAM',         '2027-05-21', '2027-06-30'),
  ('2026R', 'VERIFICATION', '2027-07-01', '2027-07-21'),
  ('2026R', 'CLOSE',        '2027-07-22', '2027-07-22'),
  ('2026R', 'FEED',         '2027-07-23', '2027-08-01');
