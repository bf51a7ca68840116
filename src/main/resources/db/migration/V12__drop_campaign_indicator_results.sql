-- The per-campaign choice shares of the old aggregateCampaigns step. Nothing reads them any more: indicators come from
-- the definition-driven engine (indicator_value, V9) and the funder workbook counts survey answers per campaign for
-- its own period (fi.mittari.report.preparing). The step that wrote them is gone with this migration.
DROP TABLE IF EXISTS indicator_result;
