package fi.mittari.response.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Answer rows written as multi-row INSERTs read back exactly as the same rows saved one by one through the
 * repository: every kind of value, nulls, decimals, dates, long and unusual text, and more rows than one statement
 * takes.
 */
@MicronautTest(transactional = false)
class AnswerInsertsIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    AnswerInserts inserts;

    @Inject
    AnswerRepository answers;

    @Inject
    ResponseRepository responses;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void rowsInsertedTogetherReadBackAsTheRowsSavedOneByOne() {
        ResponseRow template = aStoredResponse();
        long batched = transactions.executeWrite(status -> {
            long id = responses.save(copyOf(template, "batched")).id();
            inserts.insert(rows(id));
            return id;
        });
        long oneByOne = transactions.executeWrite(status -> {
            long id = responses.save(copyOf(template, "one-by-one")).id();
            answers.saveAll(rows(id));
            return id;
        });

        List<AnswerRow> written = answers.findByResponseIdOrderById(batched);
        List<AnswerRow> saved = answers.findByResponseIdOrderById(oneByOne);

        assertThat(written).hasSize(rows(0).size());
        assertThat(values(written)).isEqualTo(values(saved));
        assertThat(values(written)).isEqualTo(values(rows(0)));
    }

    @Test
    void aFailedInsertLeavesNoRowOfTheResponse() {
        ResponseRow template = aStoredResponse();
        long[] id = new long[1];
        try {
            transactions.executeWrite(status -> {
                id[0] = responses.save(copyOf(template, "failed")).id();
                List<AnswerRow> rows = new ArrayList<>(rows(id[0]));
                // the last row names a question key longer than the column: the whole write rolls back
                rows.add(new AnswerRow(null, id[0], "k".repeat(400), "x", null, null, null));
                inserts.insert(rows);
                return id[0];
            });
        } catch (RuntimeException expected) {
            // the write was refused as a whole
        }
        assertThat(answers.findByResponseIdOrderById(id[0])).isEmpty();
        assertThat(responses.findById(id[0])).isEmpty();
    }

    /** More rows than one statement takes, each kind of value among them. */
    private static List<AnswerRow> rows(long responseId) {
        List<AnswerRow> rows = new ArrayList<>();
        for (int i = 0; i < AnswerInserts.ROWS_PER_STATEMENT + 37; i++) {
            switch (i % 6) {
                case 0 -> rows.add(new AnswerRow(null, responseId, "choice_" + i, "yes", null, null, null));
                case 1 -> rows.add(new AnswerRow(
                        null, responseId, "scale", String.valueOf(i % 11), BigDecimal.valueOf(i % 11), null, null));
                case 2 -> rows.add(
                        new AnswerRow(null, responseId, "number", null, new BigDecimal("-1234.5678"), null, null));
                case 3 -> rows.add(new AnswerRow(
                        null, responseId, "comments", null, null, "=1+1, \"lainaus\" 'å' ✓ " + "x".repeat(i), null));
                case 4 -> rows.add(new AnswerRow(null, responseId, "day", null, null, null, LocalDate.of(2024, 2, 29)));
                default -> rows.add(new AnswerRow(null, responseId, "other", "other", null, "muu", null));
            }
        }
        return rows;
    }

    /** The stored values of each row, in order, without the ids the database gave. */
    private static List<List<Object>> values(List<AnswerRow> rows) {
        return rows.stream()
                .map(r -> java.util.Arrays.<Object>asList(
                        r.questionKey(),
                        r.choiceValue(),
                        r.numberValue() == null ? null : r.numberValue().stripTrailingZeros(),
                        r.textValue(),
                        r.dateValue()))
                .toList();
    }

    private ResponseRow aStoredResponse() {
        var staff = StaffApi.loginAsAdmin(client.toBlocking());
        String slug = "inserts-" + System.nanoTime();
        staff.post("/api/campaigns", Map.of("slug", slug, "questionnaire", "keko-impact", "title", "Inserts"));
        var stored = staff.post(
                "/api/campaigns/" + slug + "/responses",
                Map.of(
                        "answers",
                        Map.of(
                                "new_partners", "yes",
                                "topical_knowledge", "yes",
                                "employment_knowledge", "yes",
                                "region", "lappi",
                                "organisation_type", "third_sector",
                                "usefulness", 8)));
        assertThat(stored.code()).isEqualTo(201);
        return responses
                .findById(((Number) stored.body().get("id")).longValue())
                .orElseThrow();
    }

    private static ResponseRow copyOf(ResponseRow template, String key) {
        return new ResponseRow(
                null,
                template.campaignId(),
                template.questionnaireVersionId(),
                key + "-" + System.nanoTime(),
                template.language(),
                template.channel(),
                template.submittedAt(),
                template.submittedOn(),
                template.startedAt(),
                template.consentSha256());
    }
}
