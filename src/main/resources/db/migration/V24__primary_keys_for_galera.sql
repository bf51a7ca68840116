-- Galera replicates a row by its primary key: a table without one is certified by whole-row images, applied slowly
-- and may apply a DELETE to the wrong duplicate row on the other nodes (docs/operations.md, Galera). Spring Batch's
-- parameter table ships without one; a job execution holds each parameter name once, so that pair is the key.
ALTER TABLE BATCH_JOB_EXECUTION_PARAMS ADD PRIMARY KEY (JOB_EXECUTION_ID, PARAMETER_NAME);
