package fi.mittari.context.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.CodeLookup;
import fi.mittari.context.ContextRules;
import fi.mittari.context.Drafts.EventDraft;
import fi.mittari.context.Drafts.ParticipationLine;
import fi.mittari.context.FieldProblem;
import fi.mittari.context.Fields;
import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetReading;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every message the event rules and the sheet readers give is shown in the page's language, never in the API's. */
class ProblemWordingTest {

    @Test
    void everyEventAndLineRuleHasWords() {
        Fields fields = new Fields(CodeLookup.NONE);
        ContextRules.event(
                new EventDraft("bad code", "", "", "1.4.2026", "", "", "", "x".repeat(300), "Rengas Lappi"), fields);
        ContextRules.event(
                new EventDraft("E-1", "p", "n", "2026-04-02", "2026-04-01", "atlantis", "fair", "", ""), fields);
        ContextRules.line(new ParticipationLine("", "kela", "", "neljä"), fields);
        fields.problem("project", "no project with code 'ei-ole'");
        fields.problem("organisation", "no organisation named 'Ei Ole ry'");
        List<String> messages = new ArrayList<>(
                fields.problems().stream().map(FieldProblem::message).toList());
        assertThat(messages).hasSizeGreaterThan(10);
        messages.addAll(List.of(
                "'E-1' is in the file twice",
                "'E-1' is already an event",
                "'E-1' is already in use",
                "no event with code 'E-9'",
                "the column is missing: the columns are [event, sector]",
                "is not a column of this import: the columns are [event, sector]"));
        assertThat(messages)
                .allSatisfy(m -> assertThat(ProblemWording.of(m)).as(m).isPresent());
    }

    @Test
    void theSheetReadersMessagesHaveWords() {
        List<String> messages = new ArrayList<>();
        for (SheetReading reading : List.of(
                ResponseSheet.csv(new byte[] {(byte) 0xff, (byte) 0xfe, 'a'}, 10),
                ResponseSheet.csv("event,sector\n".getBytes(StandardCharsets.UTF_8), 10),
                ResponseSheet.csv("event\na\nb\nc\n".getBytes(StandardCharsets.UTF_8), 2),
                ResponseSheet.xlsx("not a workbook".getBytes(StandardCharsets.UTF_8), 10))) {
            messages.add(((SheetReading.Unreadable) reading).message());
        }
        assertThat(messages)
                .allSatisfy(m -> assertThat(ProblemWording.of(m)).as(m).isPresent());
    }

    @Test
    void aProblemIsWordedInFinnishSwedishAndEnglishWithWhatWasTyped() {
        String message = "must be a whole number of at least 0, was 'neljä'";
        assertThat(EventTexts.of(Locale.forLanguageTag("fi")).problem(message))
                .isEqualTo("Anna kokonaisluku, vähintään 0 (nyt ”neljä”).");
        assertThat(EventTexts.of(Locale.forLanguageTag("sv")).problem(message)).contains("heltal", "neljä");
        assertThat(EventTexts.of(Locale.ENGLISH).problem(message)).contains("whole number", "neljä");
    }

    @Test
    void aFieldAndAFileColumnHaveTheSameLabel() {
        EventTexts finnish = EventTexts.of(Locale.forLanguageTag("fi"));
        assertThat(finnish.label("startsOn")).isEqualTo("Alkamispäivä").isEqualTo(finnish.label("starts_on"));
        assertThat(finnish.label("event_type")).isEqualTo("Tilaisuuden tyyppi");
        assertThat(finnish.label("sektor")).isEqualTo("sektor");
    }
}
