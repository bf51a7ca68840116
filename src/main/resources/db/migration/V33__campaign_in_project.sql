-- The project a campaign belongs to: its own, else its event's. The rule is defined here once and every reader joins
-- this view (the campaign's pages and the privacy run ask the campaign feature; the indicator engine and the batch's
-- freshness check read it where the data is). A view over one join with no grouping is merged into the query that
-- reads it, by MariaDB and H2 alike, so it costs what the join written out cost.
CREATE VIEW campaign_in_project AS
SELECT c.id AS campaign_id, COALESCE(c.project_id, e.project_id) AS project_id
  FROM campaign c
  LEFT JOIN event e ON e.code = c.event_code;
