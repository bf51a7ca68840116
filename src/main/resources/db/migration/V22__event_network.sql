-- The regional network an event belongs to (optional): events of one regional development network share its code, so
-- that networks can be counted as networks (distinct codes), not as their meetings.
ALTER TABLE event ADD COLUMN network_code VARCHAR(64) NULL;
CREATE INDEX event_network_code ON event (network_code);
