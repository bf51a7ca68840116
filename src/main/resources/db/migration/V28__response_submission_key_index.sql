-- The respondent's own address carries the submission key alone (no campaign): Back after sending, or an old link,
-- looks the response up by that key. Without an index of its own the unique (campaign_id, submission_key) index cannot
-- serve it, and every such request would read through all responses of all campaigns.
CREATE INDEX ix_response_submission_key ON response (submission_key);
