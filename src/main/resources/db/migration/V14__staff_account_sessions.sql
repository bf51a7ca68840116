-- A disabled account cannot log in, and its sessions stop working.
ALTER TABLE staff_user ADD COLUMN enabled BOOLEAN NOT NULL DEFAULT TRUE;

-- Every login token carries the account's session generation when it was issued. A password change or reset, a
-- disable, a change of roles and a logout move the generation on, which ends every session issued before; a counter
-- rather than a time, so that instances whose clocks differ still agree.
ALTER TABLE staff_user ADD COLUMN session_generation INT NOT NULL DEFAULT 0;
