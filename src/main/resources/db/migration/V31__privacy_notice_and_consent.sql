-- The campaign's privacy notice (tietosuojaseloste, docs/privacy.md): who is the controller and whom to contact; the
-- rest of the notice comes from the standard text and the retention rule. NULL: the notice says it is not given yet.
ALTER TABLE campaign ADD COLUMN privacy_controller VARCHAR(255) NULL;
ALTER TABLE campaign ADD COLUMN privacy_contact VARCHAR(320) NULL;

-- What a respondent agreed to: the SHA-256 of the consent statements shown, in the response's language (each
-- question key and label, in order; see ConsentText). With the response's questionnaire version it names the words
-- exactly. NULL: the form had no consent question, or the response predates V31.
ALTER TABLE response ADD COLUMN consent_sha256 CHAR(64) NULL;
