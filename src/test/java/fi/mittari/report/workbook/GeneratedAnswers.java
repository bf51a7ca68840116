package fi.mittari.report.workbook;

import fi.mittari.report.content.AnswerData;
import fi.mittari.report.content.AnswerData.AnswerRow;
import fi.mittari.report.content.AnswerData.CodebookEntry;
import fi.mittari.report.content.AnswerData.CodedValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Answers made up from a counter as they are streamed, so a million of them take no memory: respondents of 20 answers
 * each over a campaign's questions q01–q20, of which 8 are numbers (a 1–5 scale, an age), 8 choice values and 4 open
 * texts (every 1,000th of them typed as a formula), in the Data sheet's order.
 */
final class GeneratedAnswers implements AnswerData.AnswerRows {

    static final int QUESTIONS = 20;
    private static final String CAMPAIGN = "bench-2019";
    private static final String[] CHOICES = {"yes", "no", "partly", "dont_know"};

    private final long count;

    GeneratedAnswers(long count) {
        this.count = count;
    }

    @Override
    public void forEach(Consumer<AnswerRow> sink) {
        for (long index = 0; index < count; index++) {
            sink.accept(row(index));
        }
    }

    static AnswerRow row(long index) {
        long respondent = index / QUESTIONS + 1;
        int question = (int) (index % QUESTIONS);
        String key = "q%02d".formatted(question + 1);
        if (question < 7) {
            long scale = (index * 7 + respondent) % 5 + 1;
            return new AnswerRow(
                    respondent, CAMPAIGN, key, Long.toString(scale), Optional.of(BigDecimal.valueOf(scale)));
        }
        if (question == 7) {
            long age = 18 + respondent % 50;
            return new AnswerRow(respondent, CAMPAIGN, key, Long.toString(age), Optional.of(BigDecimal.valueOf(age)));
        }
        if (question < 16) {
            return new AnswerRow(
                    respondent, CAMPAIGN, key, CHOICES[(int) ((index + respondent) % 4)], Optional.empty());
        }
        String text = respondent % 1000 == 0
                ? "=HYPERLINK(\"http://example.org\",\"" + respondent + "\")"
                : "Vastaaja " + respondent + " kertoi, että yhteistyö " + (respondent % 3 == 0 ? "jatkuu" : "alkoi");
        return new AnswerRow(respondent, CAMPAIGN, key, text, Optional.empty());
    }

    static List<CodebookEntry> codebook() {
        List<CodebookEntry> entries = new ArrayList<>();
        List<CodedValue> choices = List.of(
                new CodedValue("yes", "Kyllä"),
                new CodedValue("no", "Ei"),
                new CodedValue("partly", "Osittain"),
                new CodedValue("dont_know", "En osaa sanoa"));
        for (int question = 1; question <= QUESTIONS; question++) {
            String key = "q%02d".formatted(question);
            String type = question <= 8 ? "number" : question <= 16 ? "choice" : "text";
            entries.add(new CodebookEntry(
                    CAMPAIGN, key, "Kysymys " + question, type, type.equals("choice") ? choices : List.of()));
        }
        return entries;
    }
}
