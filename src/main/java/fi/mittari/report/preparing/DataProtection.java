package fi.mittari.report.preparing;

import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionType;
import fi.mittari.report.content.AnswerData.CodebookEntry;
import fi.mittari.report.content.AnswerData.Protection;
import fi.mittari.response.StoredResponses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Makes the Data sheet anonymised rather than pseudonymised (docs/privacy.md, "Anonymised data"): reads each
 * campaign's quasi-identifier answers — dates (as months) and background questions (a {@code dim.…} concept) — and
 * decides with {@link QuasiIdentifiers} which columns to drop and which campaigns to leave out.
 */
final class DataProtection {

    /** What one campaign's Data rows leave out or merge; a campaign left out has no rule and no rows. */
    record CampaignRule(Set<String> dropped, Map<Long, Set<String>> mergedByResponse) {

        boolean shows(String key) {
            return !dropped.contains(key);
        }

        /** True when this response's answer to {@code key} is shown as {@link QuasiIdentifiers#MERGED}. */
        boolean merged(long responseId, String key) {
            return mergedByResponse.getOrDefault(responseId, Set.of()).contains(key);
        }
    }

    /** The campaigns' rules by slug (a campaign left out has none) and what the Codebook says of them. */
    record Decision(Protection protection, Map<String, CampaignRule> rules) {}

    private final StoredResponses responses;

    DataProtection(StoredResponses responses) {
        this.responses = responses;
    }

    /**
     * A date can single a person out (a birthday, the day of a visit), and so can a datetime, which names the day too;
     * a time of day alone names no day, and no other type of answer is one alone.
     */
    static boolean dayOfLife(Question question) {
        return switch (QuestionType.of(question)) {
            case DATE, DATETIME -> true;
            case TIME,
                    SINGLE_CHOICE,
                    MULTIPLE_CHOICE,
                    RATING,
                    TEXT,
                    YES_NO,
                    NUMBER,
                    CONSENT,
                    NOTE,
                    LIKERT,
                    MATRIX,
                    RANKING,
                    CALCULATE -> false;
        };
    }

    static boolean quasiIdentifier(Question question) {
        return dayOfLife(question) || question.classification().concept().startsWith("dim.");
    }

    /** A date shown in anonymised data: its month. */
    static String month(java.time.LocalDate day) {
        return day.toString().substring(0, 7);
    }

    /** The keys of the campaign's datetime questions, whose answers are text that names a day. */
    static Set<String> moments(ReportCampaign campaign) {
        return campaign.questionnaire().questions().stream()
                .filter(q -> QuestionType.of(q) == QuestionType.DATETIME)
                .map(Question::key)
                .collect(Collectors.toSet());
    }

    /** A datetime (stored as 2026-12-03T09:30) shown in anonymised data: its month, as a date's. */
    static String month(String dateTime) {
        return dateTime.substring(0, 7);
    }

    Decision decide(List<ReportCampaign> campaigns, Map<String, List<CodebookEntry>> codebooks) {
        List<CodebookEntry> dropped = new ArrayList<>();
        List<CodebookEntry> merged = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Map<String, CampaignRule> rules = new HashMap<>();
        for (ReportCampaign campaign : campaigns) {
            List<String> columns = campaign.questionnaire().questions().stream()
                    .filter(q -> q.takesAnswer() && !q.classification().personal() && quasiIdentifier(q))
                    .map(Question::key)
                    .toList();
            Map<Long, Map<String, String>> answers = answers(campaign, columns, moments(campaign));
            QuasiIdentifiers.Check check = QuasiIdentifiers.check(columns, answers.values());
            if (check.campaignLeftOut()) {
                leftOut.add(campaign.slug());
                continue;
            }
            Map<Long, Set<String>> mergedByResponse = new HashMap<>();
            answers.forEach((id, values) -> values.forEach((key, value) -> {
                if (check.kept().contains(key) && check.shownMerged(key, value)) {
                    mergedByResponse.computeIfAbsent(id, i -> new HashSet<>()).add(key);
                }
            }));
            rules.put(campaign.slug(), new CampaignRule(Set.copyOf(check.dropped()), mergedByResponse));
            for (CodebookEntry entry : codebooks.getOrDefault(campaign.slug(), List.of())) {
                if (check.dropped().contains(entry.questionKey())) {
                    dropped.add(entry);
                } else if (check.merged().containsKey(entry.questionKey())) {
                    merged.add(entry);
                }
            }
        }
        return new Decision(new Protection(true, QuasiIdentifiers.K, dropped, merged, leftOut), rules);
    }

    /** Per respondent of the period, their quasi-identifier values (a multiple choice's values joined in order). */
    private Map<Long, Map<String, String>> answers(ReportCampaign campaign, List<String> columns, Set<String> moments) {
        Map<Long, Map<String, String>> answers = new TreeMap<>();
        responses.ids(campaign.period()).forEach(id -> answers.put(id, new TreeMap<>()));
        if (columns.isEmpty()) {
            return answers;
        }
        Map<Long, Map<String, List<String>>> values = new HashMap<>();
        responses.eachAnswerTo(campaign.period(), columns, answer -> {
            String key = answer.questionKey().orElseThrow();
            String value = answer.date()
                    .map(DataProtection::month)
                    .or(() -> moments.contains(key) ? answer.text().map(DataProtection::month) : Optional.empty())
                    .or(answer::choice)
                    .orElseGet(() -> String.valueOf(answer.number().orElse(null)));
            values.computeIfAbsent(answer.responseId(), id -> new HashMap<>())
                    .computeIfAbsent(key, k -> new ArrayList<>())
                    .add(value);
        });
        values.forEach((id, byKey) -> byKey.forEach((key, list) -> answers.computeIfAbsent(id, i -> new TreeMap<>())
                .put(key, list.stream().sorted().collect(Collectors.joining(",")))));
        return answers;
    }
}
