package fi.mittari.export.persistence;

import fi.mittari.export.ExportFilter;
import fi.mittari.export.ExportLayout;
import fi.mittari.export.ExportRow;
import fi.mittari.export.ExportedResponses.ExportedCampaign;
import fi.mittari.export.ExportedResponses.RowSink;
import fi.mittari.questionnaire.Language;
import fi.mittari.response.StoredResponses;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Responses not sent yet, for an export that asks for them, as their owner hands them on: each one's saved answers
 * (the form's raw values), its campaign's questionnaire version, and as its day the day it was last saved, in
 * Mittari's time zone.
 */
@Singleton
class PartialRows {

    private final StoredResponses responses;

    PartialRows(StoredResponses responses) {
        this.responses = responses;
    }

    void forEach(
            List<ExportedCampaign> campaigns,
            ExportFilter filter,
            ExportLayout layout,
            Map<Long, String> slugs,
            Map<Long, Integer> versionNumbers,
            ZoneId zone,
            RowSink rows) {
        Map<Long, Long> versionOf = new java.util.HashMap<>();
        campaigns.forEach(c -> versionOf.put(c.id(), c.versionId()));
        responses.eachUnfinished(
                JdbcExportedResponses.ids(campaigns), filter.language().map(Language::code), unfinished -> {
                    LocalDate day = unfinished.savedAt().atZone(zone).toLocalDate();
                    if (!filter.covers(day)) {
                        return;
                    }
                    long campaign = unfinished.campaignId();
                    ExportRow exported = new ExportRow(
                            layout,
                            JdbcExportedResponses.pseudonym(unfinished.submissionKeyHash()),
                            slugs.get(campaign),
                            versionNumbers.getOrDefault(versionOf.get(campaign), 0),
                            unfinished.language(),
                            day,
                            false);
                    unfinished.answers().forEach((key, values) -> values.forEach(value -> exported.raw(key, value)));
                    JdbcExportedResponses.accept(rows, exported);
                });
    }
}
