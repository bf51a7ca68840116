package fi.mittari.report.preparing;

import fi.mittari.questionnaire.OtherChoice;
import fi.mittari.report.content.AnswerData;
import fi.mittari.report.content.AnswerData.AnswerRow;
import fi.mittari.report.content.AnswerData.CodebookEntry;
import fi.mittari.report.content.AnswerData.Protection;
import fi.mittari.response.StoredResponses;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Codebook and Data sheets: the answers of complete responses in the period, one row per answer, of the questions
 * the codebook lists ({@link ReportCodebook}). The rows are read when the writer asks for them, as the response
 * feature streams them, so none are held in memory.
 */
final class AnswerDataFigures {

    private final StoredResponses responses;
    private final ReportCodebook codebook;
    private final boolean openText;

    AnswerDataFigures(StoredResponses responses, ReportTexts texts, boolean openText) {
        this.responses = responses;
        this.codebook = new ReportCodebook(texts, openText);
        this.openText = openText;
    }

    AnswerData data(List<ReportCampaign> campaigns) {
        Map<String, List<CodebookEntry>> codebooks = new HashMap<>();
        campaigns.forEach(c -> codebooks.put(c.slug(), codebook.of(c)));
        // open text can name anyone: such data is pseudonymised, and labelled so; otherwise it is made anonymised
        Optional<DataProtection.Decision> decision =
                openText ? Optional.empty() : Optional.of(new DataProtection(responses).decide(campaigns, codebooks));
        Optional<Map<String, DataProtection.CampaignRule>> rules = decision.map(DataProtection.Decision::rules);
        // a campaign left out (too few respondents) has no rule
        List<ReportCampaign> shown = campaigns.stream()
                .filter(c -> rules.isEmpty() || rules.get().containsKey(c.slug()))
                .toList();
        List<CodebookEntry> entries = new ArrayList<>();
        shown.forEach(c -> codebooks.get(c.slug()).stream()
                .filter(e -> rules.isEmpty() || rules.get().get(c.slug()).shows(e.questionKey()))
                .forEach(entries::add));
        List<ReportCampaign> ordered = shown.stream()
                .sorted(Comparator.comparing(ReportCampaign::slug))
                .toList();
        Protection protection =
                decision.map(DataProtection.Decision::protection).orElse(Protection.PSEUDONYMISED);
        return new AnswerData(entries, sink -> rows(ordered, rules, sink), protection);
    }

    private void rows(
            List<ReportCampaign> ordered,
            Optional<Map<String, DataProtection.CampaignRule>> rules,
            Consumer<AnswerRow> sink) {
        long[] respondent = {0};
        for (ReportCampaign campaign : ordered) {
            Set<String> keys = new HashSet<>();
            codebook.of(campaign).forEach(e -> keys.add(e.questionKey()));
            Optional<DataProtection.CampaignRule> rule = rules.map(r -> r.get(campaign.slug()));
            rule.ifPresent(r -> keys.removeIf(key -> !r.shows(key)));
            Set<String> moments = DataProtection.moments(campaign);
            long[] numbered = {-1};
            responses.eachAnswer(campaign.period(), row -> {
                long id = row.responseId();
                String key = row.questionKey().orElse(null);
                if (key == null || !keys.contains(key)) {
                    return; // a response without answers has no row to show
                }
                String choice = row.choice().orElse(null);
                BigDecimal number = row.number().orElse(null);
                LocalDate date = row.date().orElse(null);
                String text = row.text().orElse(null);
                String value = rule.isPresent() && text != null && moments.contains(key)
                        ? DataProtection.month(text)
                        : value(choice, number, date, text, rule.isPresent());
                if (value == null) {
                    return;
                }
                if (id != numbered[0]) { // numbered when its first row is shown, so the numbers have no gaps
                    numbered[0] = id;
                    respondent[0]++;
                }
                boolean merged = rule.isPresent() && rule.get().merged(id, key);
                sink.accept(new AnswerRow(
                        respondent[0],
                        campaign.slug(),
                        key,
                        merged ? QuasiIdentifiers.MERGED : value,
                        choice == null && !merged ? Optional.ofNullable(number) : Optional.empty()));
                // the text written for "other" is stored on its choice's row, and shown as an open text
                String otherKey = key + "." + OtherChoice.VALUE;
                if (choice != null && text != null && keys.contains(otherKey)) {
                    sink.accept(new AnswerRow(respondent[0], campaign.slug(), otherKey, text, Optional.empty()));
                }
            });
        }
    }

    /** The answer as the Data sheet shows it; anonymised data shows a date (and a datetime, above) as its month. */
    private static String value(String choice, BigDecimal number, LocalDate date, String text, boolean anonymised) {
        if (choice != null) {
            return choice;
        }
        if (number != null) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (date != null) {
            return anonymised ? DataProtection.month(date) : date.toString();
        }
        return text;
    }
}
