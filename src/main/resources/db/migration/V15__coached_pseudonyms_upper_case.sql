-- A coached participant's pseudonym is compared case-insensitively by storing it upper-cased (the application
-- upper-cases every pseudonym it stores, see ContextRules.pseudonym): the unique key (project_id, pseudonym) then means
-- the same on H2, whose comparisons are case-sensitive, and on MariaDB, whose default collation is not.
UPDATE coached_participant SET pseudonym = UPPER(TRIM(pseudonym));
