package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.errors;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code begin loop over LIST}: the loop's rows once per choice, named and worded as pyxform expands them. */
class XlsFormLoopsTest {

    private static final String[][] TOILETS = {
        {"list_name", "name", "label::English (en)", "label::Finnish (fi)"},
        {"toilet", "pit", "Pit latrine", "Kuivakäymälä"},
        {"toilet", "flush", "Flush toilet", "Vesikäymälä"},
        {"toilet", "none", "None", "Ei mitään"}
    };

    @Test
    void eachChoiceGetsACopyOfTheLoopsRowsKeyedByTheLoopTheChoiceAndTheName() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label::English (en)", "label::Finnish (fi)"},
                    {"begin loop over toilet", "toilets", "Toilets", "Käymälät"},
                    {"integer", "number", "How many %(label)s?", "Montako: %(label)s?"},
                    {"text", "note_%(name)s", "About %(name)s", "%(name)s"},
                    {"end loop", "", "", ""}
                },
                TOILETS);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("key: toilets")
                .contains("key: toilets_pit_number")
                .contains("key: toilets_flush_number")
                .contains("key: toilets_pit_note_pit")
                .contains("en: How many Pit latrine?")
                .contains("fi: 'Montako: Vesikäymälä?'")
                .contains("en: About flush")
                // the choice's group is a heading before its copy
                .contains("en: Flush toilet")
                // pyxform leaves out the choice named none
                .doesNotContain("toilets_none");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aReferenceToARowOfTheSameLoopPointsToTheSameChoicesCopy() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"integer", "before", "Before?", ""},
                    {"begin loop over toilet", "toilets", "Toilets", ""},
                    {"integer", "number", "How many?", "${before} > 0"},
                    {"text", "why", "Why?", "${number} > 1"},
                    {"end loop", "", "", ""}
                },
                TOILETS);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("relevant: toilets_pit_number > 1")
                .contains("relevant: toilets_flush_number > 1")
                .contains("relevant: before > 0");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aLoopOverAListThatIsNotThereIsRefusedAtItsTypeCell() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"begin loop over rooms", "rooms", "Rooms"},
                    {"integer", "number", "How many?"},
                    {"end loop", "", ""}
                },
                TOILETS);

        assertThat(errors(imported)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("survey!A2");
            assertThat(problem.message()).contains("choice list 'rooms'");
        });
    }

    @Test
    void aLoopWithoutEndAndAnEndWithoutLoopAreEachRefusedAtTheirRow() throws IOException {
        XlsFormImport unclosed = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"begin loop over toilet", "toilets", "Toilets"},
                    {"integer", "number", "How many?"}
                },
                TOILETS);
        XlsFormImport stray = XlsFormWorkbooks.importForm(
                new String[][] {{"type", "name", "label"}, {"integer", "number", "How many?"}, {"end loop", "", ""}},
                TOILETS);

        assertThat(errors(unclosed))
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "survey!A2", "this loop has no 'end loop'; it is closed at the end of the sheet"));
        assertThat(errors(stray))
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "survey!A3", "'end loop' without a 'begin loop over' before it"));
    }

    @Test
    void aProblemInACopyIsReportedAtTheLoopsRow() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"begin loop over toilet", "toilets", "Toilets"},
                    {"geopoint", "where", "Where?"},
                    {"end loop", "", ""}
                },
                TOILETS);

        assertThat(errors(imported)).extracting(DefinitionProblem::path).containsOnly("survey!A3");
    }
}
