-- Issue 26: a night rules only the physicians whose records changed since the last finished ruling of the cycle,
-- or whose outcome the business date can change (a hide whose unhidden_at falls between the two dates).
-- basis: the fingerprint of everything else a ruling depends on (specialty catalog, the cycle's timeline,
-- institutions, the build of the rules, the clock's shift); a run whose basis differs from the last one rules
-- everyone. scope: FULL (every physician) or CHANGED (the physicians listed in rule_todo for the run).
-- One statement per migration (V61–V69): MySQL cannot roll DDL back, and a start killed inside a migration of
-- several statements left it half applied, with no way for the next start to finish it.
ALTER TABLE ruling_run ADD (basis CHAR(64), scope VARCHAR(8));
