-- ShedLock's lock table (one row per lock name). Batch schedules take a lock per schedule entry so that only one
-- instance launches each firing; a running job execution holds `job-execution-<id>` so that other instances can tell
-- a live run from one whose process died (docs/adr/0012). Times are the database's UTC time (ShedLock's usingDbTime),
-- so the instances' clocks do not matter. DATETIME, not TIMESTAMP: MariaDB may give a TIMESTAMP column an implicit
-- ON UPDATE CURRENT_TIMESTAMP.
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL,
    lock_until DATETIME(3) NOT NULL,
    locked_at DATETIME(3) NOT NULL,
    locked_by VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
