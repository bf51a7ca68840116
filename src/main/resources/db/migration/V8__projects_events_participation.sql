-- The context every answer is broken down by: projects with their goals, events, organisations, participation in
-- events, coached participants, and the code lists (regions, sectors, event types) they are classified with.

-- A code list entry. Codes are stable keys that questionnaires use as choice values too (a region question's choice
-- 'lappi' is the region 'lappi'); names may change and entries may be retired (active = FALSE) but never deleted once
-- used. official_code is the code of an outside classification, e.g. Statistics Finland's region code '19' for Lappi.
CREATE TABLE code_list_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    list_name     VARCHAR(32)  NOT NULL,
    code          VARCHAR(64)  NOT NULL,
    official_code VARCHAR(16)  NULL,
    name_fi       VARCHAR(255) NOT NULL,
    name_sv       VARCHAR(255) NOT NULL,
    name_en       VARCHAR(255) NOT NULL,
    position      INT          NOT NULL,
    active        BOOLEAN      NOT NULL,
    CONSTRAINT uq_code_list_entry UNIQUE (list_name, code)
);

-- Regions (maakunnat) with Statistics Finland's codes.
INSERT INTO code_list_entry (list_name, code, official_code, name_fi, name_sv, name_en, position, active) VALUES
    ('region', 'uusimaa', '01', 'Uusimaa', 'Nyland', 'Uusimaa', 1, TRUE),
    ('region', 'varsinais-suomi', '02', 'Varsinais-Suomi', 'Egentliga Finland', 'Southwest Finland', 2, TRUE),
    ('region', 'satakunta', '04', 'Satakunta', 'Satakunta', 'Satakunta', 3, TRUE),
    ('region', 'kanta-hame', '05', 'Kanta-Häme', 'Egentliga Tavastland', 'Kanta-Häme', 4, TRUE),
    ('region', 'pirkanmaa', '06', 'Pirkanmaa', 'Birkaland', 'Pirkanmaa', 5, TRUE),
    ('region', 'paijat-hame', '07', 'Päijät-Häme', 'Päijänne-Tavastland', 'Päijät-Häme', 6, TRUE),
    ('region', 'kymenlaakso', '08', 'Kymenlaakso', 'Kymmenedalen', 'Kymenlaakso', 7, TRUE),
    ('region', 'etela-karjala', '09', 'Etelä-Karjala', 'Södra Karelen', 'South Karelia', 8, TRUE),
    ('region', 'etela-savo', '10', 'Etelä-Savo', 'Södra Savolax', 'South Savo', 9, TRUE),
    ('region', 'pohjois-savo', '11', 'Pohjois-Savo', 'Norra Savolax', 'North Savo', 10, TRUE),
    ('region', 'pohjois-karjala', '12', 'Pohjois-Karjala', 'Norra Karelen', 'North Karelia', 11, TRUE),
    ('region', 'keski-suomi', '13', 'Keski-Suomi', 'Mellersta Finland', 'Central Finland', 12, TRUE),
    ('region', 'etela-pohjanmaa', '14', 'Etelä-Pohjanmaa', 'Södra Österbotten', 'South Ostrobothnia', 13, TRUE),
    ('region', 'pohjanmaa', '15', 'Pohjanmaa', 'Österbotten', 'Ostrobothnia', 14, TRUE),
    ('region', 'keski-pohjanmaa', '16', 'Keski-Pohjanmaa', 'Mellersta Österbotten', 'Central Ostrobothnia', 15, TRUE),
    ('region', 'pohjois-pohjanmaa', '17', 'Pohjois-Pohjanmaa', 'Norra Österbotten', 'North Ostrobothnia', 16, TRUE),
    ('region', 'kainuu', '18', 'Kainuu', 'Kajanaland', 'Kainuu', 17, TRUE),
    ('region', 'lappi', '19', 'Lappi', 'Lappland', 'Lapland', 18, TRUE),
    ('region', 'ahvenanmaa', '21', 'Ahvenanmaa', 'Åland', 'Åland', 19, TRUE);

-- Sectors of participants and organisations, as the articles name them (see DOMAIN.md).
INSERT INTO code_list_entry (list_name, code, official_code, name_fi, name_sv, name_en, position, active) VALUES
    ('sector', 'third_sector', NULL, 'Järjestö tai yhdistys (kolmas sektori)', 'Organisation eller förening (tredje sektorn)', 'NGO or association (third sector)', 1, TRUE),
    ('sector', 'municipal_employment', NULL, 'Kunnan työllisyyspalvelut', 'Kommunens sysselsättningstjänster', 'Municipal employment services', 2, TRUE),
    ('sector', 'te_services', NULL, 'TE-palvelut', 'TE-tjänsterna', 'TE services', 3, TRUE),
    ('sector', 'ely_centre', NULL, 'ELY-keskus', 'NTM-centralen', 'ELY centre', 4, TRUE),
    ('sector', 'kela', NULL, 'Kela', 'FPA', 'Kela', 5, TRUE),
    ('sector', 'social_services', NULL, 'Sosiaalipalvelut tai hyvinvointialue', 'Socialtjänsten eller välfärdsområdet', 'Social services or wellbeing services county', 6, TRUE),
    ('sector', 'company', NULL, 'Yritys tai yrittäjä', 'Företag eller företagare', 'Company or entrepreneur', 7, TRUE),
    ('sector', 'education', NULL, 'Oppilaitos', 'Läroanstalt', 'Educational institution', 8, TRUE),
    ('sector', 'student', NULL, 'Opiskelija', 'Studerande', 'Student', 9, TRUE),
    ('sector', 'expert_by_experience', NULL, 'Kokemusasiantuntija', 'Erfarenhetsexpert', 'Expert by experience', 10, TRUE),
    ('sector', 'research', NULL, 'Tutkimus', 'Forskning', 'Research', 11, TRUE),
    ('sector', 'other', NULL, 'Muu', 'Annat', 'Other', 12, TRUE);

-- Event types.
INSERT INTO code_list_entry (list_name, code, official_code, name_fi, name_sv, name_en, position, active) VALUES
    ('event_type', 'network_meeting', NULL, 'Verkostotapaaminen', 'Nätverksträff', 'Network meeting', 1, TRUE),
    ('event_type', 'training', NULL, 'Koulutus', 'Utbildning', 'Training', 2, TRUE),
    ('event_type', 'workshop', NULL, 'Työpaja', 'Workshop', 'Workshop', 3, TRUE),
    ('event_type', 'fair', NULL, 'Messut', 'Mässa', 'Fair', 4, TRUE);

-- A project as its funder knows it: grant id and period.
ALTER TABLE project ADD COLUMN grant_id VARCHAR(64) NULL;
ALTER TABLE project ADD COLUMN starts_on DATE NULL;
ALTER TABLE project ADD COLUMN ends_on DATE NULL;
ALTER TABLE project ADD COLUMN description TEXT NULL;

-- A project goal, measured by an indicator (by its code in batch/indicators/) against a target and a baseline.
CREATE TABLE project_goal (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id     BIGINT        NOT NULL,
    position       INT           NOT NULL,
    description    VARCHAR(500)  NOT NULL,
    indicator_code VARCHAR(64)   NULL,
    target_value   DECIMAL(19,4) NULL,
    baseline_value DECIMAL(19,4) NULL,
    CONSTRAINT uq_project_goal UNIQUE (project_id, position),
    CONSTRAINT fk_project_goal_project FOREIGN KEY (project_id) REFERENCES project (id)
);

-- An organisation that takes part (name, sector, region); counted once however many events it attends.
CREATE TABLE organisation (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    sector_code VARCHAR(64)  NOT NULL,
    region_code VARCHAR(64)  NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_organisation_name UNIQUE (name)
);

-- An event of a project; a one-day event has starts_on = ends_on. Codes are unique across projects, so a campaign
-- names its event by code (campaign.event_code).
CREATE TABLE event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(64)  NOT NULL,
    project_id  BIGINT       NOT NULL,
    name        VARCHAR(255) NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    region_code VARCHAR(64)  NULL,
    event_type  VARCHAR(64)  NOT NULL,
    theme       VARCHAR(255) NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_event_code UNIQUE (code),
    CONSTRAINT fk_event_project FOREIGN KEY (project_id) REFERENCES project (id)
);
CREATE INDEX ix_event_project ON event (project_id, starts_on);

-- Who came to an event: one row is a number of participants of one sector and region (and organisation, when known).
-- source: COUNTS (entered by staff as counts), IMPORT (from a CSV or XLSX file). Sign-ins through an event's sign-in
-- campaign (campaign.purpose = 'SIGN_IN') are not copied here: each complete sign-in response is one participant.
CREATE TABLE participation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id        BIGINT      NOT NULL,
    source          VARCHAR(10) NOT NULL,
    sector_code     VARCHAR(64) NULL,
    region_code     VARCHAR(64) NULL,
    organisation_id BIGINT      NULL,
    participants    INT         NOT NULL,
    recorded_at     DATETIME(6) NOT NULL,
    CONSTRAINT fk_participation_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_participation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_participation_event ON participation (event_id, sector_code);

-- A coached participant of a project, known only by the project's pseudonymous id; survey answers to the concept
-- id.participant carry the same pseudonym, so baseline and follow-up answers of one person can be paired.
CREATE TABLE coached_participant (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_id BIGINT      NOT NULL,
    pseudonym  VARCHAR(64) NOT NULL,
    started_on DATE        NULL,
    ended_on   DATE        NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_coached_participant UNIQUE (project_id, pseudonym),
    CONSTRAINT fk_coached_participant_project FOREIGN KEY (project_id) REFERENCES project (id)
);

-- What a campaign is for: SURVEY (the default) or SIGN_IN (each complete response is one participant of its event).
ALTER TABLE campaign ADD COLUMN purpose VARCHAR(10) NOT NULL DEFAULT 'SURVEY';
CREATE INDEX ix_campaign_event ON campaign (event_code);
