package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DateTimeQuestion;
import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.questionnaire.TimeQuestion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class XlsFormTimeTypesTest {

    private static final String YAML =
            """
            key: visits
            defaultLanguage: fi
            languages: [fi, en]
            title: {fi: Käynnit, en: Visits}
            questions:
              - key: arrived
                type: time
                required: true
                min: "07:00"
                max: "18:30"
                label: {fi: "Mihin aikaan saavuit?", en: "When did you arrive?"}
              - key: started
                type: datetime
                min: 2026-01-01T08:00
                max: 2026-12-31T20:00
                label: {fi: "Milloin tilaisuus alkoi?", en: "When did the event start?"}
              - key: left
                type: time
                relevant: arrived < time('12:00')
                label: {fi: "Mihin aikaan lähdit?", en: "When did you leave?"}
            """;

    private final QuestionnaireYamlReader reader = new QuestionnaireYamlReader();

    @Test
    void timesAndDatetimesWithTheirBoundsSurviveExportAndImport() throws IOException {
        Questionnaire original = read(YAML);
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        new XlsFormExporter().export(original, workbook);
        XlsFormImport imported =
                new XlsFormImporter().importWorkbook("visits.xlsx", new ByteArrayInputStream(workbook.toByteArray()));
        assertThat(imported.problems()).isEmpty();

        Questionnaire back = read(imported.yaml());
        assertThat(back.question("arrived")).get().isInstanceOfSatisfying(TimeQuestion.class, q -> {
            assertThat(q.required()).isTrue();
            assertThat(q.min()).contains(LocalTime.of(7, 0));
            assertThat(q.max()).contains(LocalTime.of(18, 30));
        });
        assertThat(back.question("started")).get().isInstanceOfSatisfying(DateTimeQuestion.class, q -> {
            assertThat(q.min()).contains(LocalDateTime.of(2026, 1, 1, 8, 0));
            assertThat(q.max()).contains(LocalDateTime.of(2026, 12, 31, 20, 0));
        });
        assertThat(back.question("left")).get().isInstanceOf(TimeQuestion.class);
        assertThat(back.rulesOf("left").relevant()).isPresent();
    }

    @Test
    void xlsFormTimeAndDatetimeRowsBecomeTheirMittariTypes() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"time", "arrived", "When did you arrive?"},
                    {"dateTime", "started", "When did it start?"}
                },
                new String[][] {{"list_name", "name", "label"}});
        assertThat(imported.problems()).isEmpty();
        Questionnaire form = read(imported.yaml());
        assertThat(form.question("arrived")).get().isInstanceOf(TimeQuestion.class);
        assertThat(form.question("started")).get().isInstanceOf(DateTimeQuestion.class);
    }

    @Test
    void theCorpusFormOfDefaultTimesImportsItsTimeQuestions() throws IOException {
        XlsFormImport imported;
        try (var in = getClass().getResourceAsStream(PyxformCorpus.FOLDER + "example_xls/default_time_demo.xls")) {
            imported = new XlsFormImporter().importWorkbook("default_time_demo.xls", in);
        }
        assertThat(imported.hasErrors()).as(imported.problems()::toString).isFalse();
        assertThat(read(imported.yaml()).questions()).hasAtLeastOneElementOfType(TimeQuestion.class);
    }

    private Questionnaire read(String yaml) {
        DefinitionResult result = reader.read("form.yaml", yaml);
        assertThat(result).as(() -> result.problems() + "\n" + yaml).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) result).questionnaire();
    }
}
