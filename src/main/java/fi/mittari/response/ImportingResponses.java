package fi.mittari.response;

import fi.mittari.DuplicateKey;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.CampaignState;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetRow;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a sheet of paper forms as a whole: every row is validated exactly as the web form validates one response,
 * and only when no row has a problem are they all written, in one transaction. A row's {@code submission} key makes a
 * re-upload of the same file store nothing twice: rows whose key is stored already are counted as repeated.
 */
@Singleton
public class ImportingResponses {

    private static final int KEY_LOOKUP_CHUNK = 1000;

    private final QuestionnaireCatalog questionnaires;
    private final ResponseRepository responses;
    private final ResponseWriter writer;
    private final Clock clock;
    private final ZoneId zone;

    ImportingResponses(
            QuestionnaireCatalog questionnaires,
            ResponseRepository responses,
            ResponseWriter writer,
            Clock clock,
            ZoneId zone) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.writer = writer;
        this.clock = clock;
        this.zone = zone;
    }

    public ImportOutcome importSheet(Campaign campaign, ResponseSheet sheet) {
        return importSheet(campaign, sheet, Channel.IMPORT);
    }

    /** As {@link #importSheet(Campaign, ResponseSheet)}, the responses marked as arrived by {@code channel}. */
    public ImportOutcome importSheet(Campaign campaign, ResponseSheet sheet, Channel channel) {
        try {
            return attempt(campaign, sheet, channel);
        } catch (DataAccessException e) {
            if (!DuplicateKey.causedBy(e)) {
                throw e;
            }
            // Another upload stored some of the same keys meanwhile and this transaction rolled back; now they count
            // as repeated. A second failure is a real one.
            return attempt(campaign, sheet, channel);
        }
    }

    private ImportOutcome attempt(Campaign campaign, ResponseSheet sheet, Channel channel) {
        Instant now = clock.instant();
        CampaignState state = campaign.stateAt(now, responses.countByCampaignId(campaign.id()));
        if (state != CampaignState.OPEN) {
            return new ImportOutcome.CampaignClosed(state);
        }
        StoredQuestionnaire stored = questionnaires
                .version(campaign.questionnaireVersionId())
                .orElseThrow(() -> new IllegalStateException("campaign without its questionnaire version"));
        Questionnaire questionnaire = stored.questionnaire();
        SheetColumns columns = new SheetColumns(questionnaire, sheet.columns());
        List<RowProblem> problems = new ArrayList<>(columns.problems());
        Set<String> storedKeys = storedKeys(campaign, columns, sheet.rows());
        Map<String, Integer> rowOfKey = new HashMap<>();
        AnswerValidator validator = AnswerValidator.at(now, zone);
        List<ResponseWriter.Validated> valid = new ArrayList<>();
        int repeated = 0;
        for (SheetRow row : sheet.rows()) {
            List<RowProblem> rowProblems = new ArrayList<>(columns.unnamedValues(row));
            row.unreadable()
                    .forEach((c, message) -> rowProblems.add(new RowProblem(row.number(), columns.name(c), message)));
            Optional<String> key =
                    columns.column(SheetColumns.SUBMISSION).map(row::cell).filter(k -> !k.isEmpty());
            if (key.isPresent() && storedKeys.contains(key.get())) {
                repeated++;
                continue;
            }
            key.flatMap(k -> keyProblem(row.number(), k, rowOfKey)).ifPresent(rowProblems::add);
            Optional<Language> language = language(questionnaire, columns, row, rowProblems);
            Optional<Instant> submittedAt = submittedAt(columns, row, now, rowProblems);
            SubmittedAnswers answers = columns.answers(row);
            AnswerCheck check = validator.check(questionnaire, answers);
            if (check instanceof AnswerCheck.Invalid invalid) {
                Set<Integer> unreadable = row.unreadable().keySet();
                invalid.problems().stream()
                        .filter(p -> columns.column(p.questionKey())
                                .filter(unreadable::contains)
                                .isEmpty())
                        .forEach(p ->
                                rowProblems.add(new RowProblem(row.number(), p.questionKey(), p.englishMessage())));
            }
            if (rowProblems.isEmpty() && language.isPresent()) {
                var submission = new Submission(
                        campaign, language.get(), key.orElseGet(SubmissionKeys::fresh), channel, answers);
                valid.add(new ResponseWriter.Validated(submission, ((AnswerCheck.Valid) check).answers(), submittedAt));
            }
            problems.addAll(rowProblems);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RowProblem::row));
            return new ImportOutcome.Refused(problems);
        }
        writer.writeAll(valid, stored.versionId(), now);
        return new ImportOutcome.Stored(valid.size(), repeated);
    }

    private static Optional<RowProblem> keyProblem(int row, String key, Map<String, Integer> rowOfKey) {
        if (!SubmissionKeys.isClientChosen(key)) {
            return Optional.of(new RowProblem(row, SheetColumns.SUBMISSION, SubmissionKeys.CLIENT_KEY_RULE));
        }
        Integer earlier = rowOfKey.putIfAbsent(key, row);
        return earlier == null
                ? Optional.empty()
                : Optional.of(new RowProblem(row, SheetColumns.SUBMISSION, "the same submission as row " + earlier));
    }

    // A date alone is taken at noon in the application's zone, so that the day stays the same in every report.
    private Optional<Instant> submittedAt(SheetColumns columns, SheetRow row, Instant now, List<RowProblem> problems) {
        String text = columns.column(SheetColumns.SUBMITTED).map(row::cell).orElse("");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Instant when;
        try {
            when = text.length() == 10
                    ? LocalDate.parse(text).atTime(12, 0).atZone(zone).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notADate) {
            problems.add(new RowProblem(
                    row.number(),
                    SheetColumns.SUBMITTED,
                    "must be a date like 2019-05-14 or a moment like 2019-05-14T09:30:00+03:00, was '" + text + "'"));
            return Optional.empty();
        }
        if (when.isAfter(now)) {
            problems.add(new RowProblem(row.number(), SheetColumns.SUBMITTED, "is in the future: " + text));
            return Optional.empty();
        }
        return Optional.of(when);
    }

    private static Optional<Language> language(
            Questionnaire questionnaire, SheetColumns columns, SheetRow row, List<RowProblem> problems) {
        String code = columns.column(SheetColumns.LANGUAGE).map(row::cell).orElse("");
        if (code.isEmpty()) {
            return Optional.of(questionnaire.defaultLanguage());
        }
        Optional<Language> language =
                Language.fromCode(code.toLowerCase(Locale.ROOT)).filter(questionnaire::offers);
        if (language.isEmpty()) {
            problems.add(new RowProblem(
                    row.number(),
                    SheetColumns.LANGUAGE,
                    "the questionnaire is offered in "
                            + questionnaire.languages().stream()
                                    .map(Language::code)
                                    .toList()));
        }
        return language;
    }

    /** The sheet's submission keys that the campaign has stored already, looked up in chunks. */
    private Set<String> storedKeys(Campaign campaign, SheetColumns columns, List<SheetRow> rows) {
        Optional<Integer> column = columns.column(SheetColumns.SUBMISSION);
        if (column.isEmpty()) {
            return Set.of();
        }
        List<String> keys = rows.stream()
                .map(row -> row.cell(column.get()))
                .filter(SubmissionKeys::isClientChosen)
                .distinct()
                .toList();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < keys.size(); from += KEY_LOOKUP_CHUNK) {
            found.addAll(responses.findSubmissionKeyByCampaignIdAndSubmissionKeyIn(
                    campaign.id(), keys.subList(from, Math.min(keys.size(), from + KEY_LOOKUP_CHUNK))));
        }
        return found;
    }
}
