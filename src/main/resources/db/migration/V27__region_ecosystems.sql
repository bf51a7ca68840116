-- An ecosystem is either a list of projects (ecosystem_project) or one region across all projects: region_code names
-- the region (a code of the region list) and the ecosystem then has no rows in ecosystem_project. Which records a
-- region takes is written in docs/indicators.md, "Region ecosystems" (docs/adr/0024).
ALTER TABLE ecosystem ADD COLUMN region_code VARCHAR(64) NULL;
