package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.accepted;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.errors;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.importForm;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.warningAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Metadata rows (start, end, today, deviceid…) that a text or an expression refers to, as pyxform's example forms do
 * with "start test output: ${start}".
 */
class XlsFormMetadataReferencesTest {

    @Test
    void aTodayRowATextRefersToBecomesACalculationOfToday() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"today", "today", ""},
                    {"note", "shown", "Today is ${today}"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("key: today")
                .contains("type: calculate")
                .contains("calculation: today()")
                .contains("Today is ${today}");
        assertThat(warningAt(imported, "survey!A2"))
                .contains("metadata 'today' is referred to, so it becomes a calculate question of today()");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void startAndEndRowsAnExpressionOrTextRefersToBecomeCalculationsOfNow() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"start", "started", "", ""},
                    {"end", "ended", "", ""},
                    {"note", "times", "From ${started} to ${ended}", ""},
                    {"text", "late", "Why so late?", "${ended} != ''"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("key: started")
                .contains("key: ended")
                .contains("calculation: now()")
                .contains("From ${started} to ${ended}")
                .contains("relevant: answered(ended)");
        assertThat(warningAt(imported, "survey!A2")).contains("calculate question of now()");
        assertThat(warningAt(imported, "survey!A3")).contains("calculate question of now()");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void metadataNothingRefersToStaysIgnoredAndGivesNoStoredValue() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"start", "start", ""},
                    {"end", "end", ""},
                    {"today", "today", ""},
                    {"text", "name", "Your name"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).doesNotContain("calculate").doesNotContain("key: start");
        assertThat(warningAt(imported, "survey!A3"))
                .isEqualTo("metadata 'end' is not collected by Mittari; row ignored");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aReferenceInATextToMetadataMittariHasNoValueForIsLeftOutWithAWarning() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "hint"},
                    {"deviceid", "device", "", ""},
                    {"note", "shown", "Sent from ${device}.", "Device: ${device}"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("Sent from .")
                .contains("'Device: '")
                .doesNotContain("${device}");
        assertThat(warningAt(imported, "survey!C3"))
                .isEqualTo("label refers to ${device}, metadata 'deviceid', which Mittari does not collect; the"
                        + " reference is left out of the text");
        assertThat(warningAt(imported, "survey!D3")).startsWith("hint refers to ${device}");
        assertThat(warningAt(imported, "survey!A2")).contains("not collected by Mittari; row ignored");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aChoiceLabelShowingMetadataMittariHasNoValueForLosesTheReferenceWithAWarning() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"username", "user", ""},
                    {"select_one who", "who", "Who answers?"}
                },
                new String[][] {{"list_name", "name", "label"}, {"who", "me", "Me (${user})"}, {"who", "other", "Other"}
                });

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("Me ()");
        assertThat(warningAt(imported, "choices!C2")).startsWith("label refers to ${user}, metadata 'username'");
    }

    @Test
    void anExpressionUsingMetadataMittariHasNoValueForReadsItAsEmptyAsOdkDoesOnADeviceWithoutIt() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"username", "username", "", ""},
                    {"text", "comment", "Comment", "${username} != 'tester'"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(relevant(imported, "comment")).isEqualTo("'' != 'tester'");
        assertThat(imported.yaml()).doesNotContain("key: username");
        assertThat(warningAt(imported, "survey!D3"))
                .isEqualTo("relevant: ${username} is metadata 'username', which Mittari does not collect: read as '',"
                        + " as ODK reads it on a device that has no such value");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void anEmptinessTestOfMetadataMittariHasNoValueForComparesTheEmptyText() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant", "constraint"},
                    {"deviceid", "device", "", "", ""},
                    {"email", "mail", "", "", ""},
                    {"text", "why", "Why no device?", "${device} = ''", "${mail} = '' or . != ${mail}"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(relevant(imported, "why")).isEqualTo("'' = ''");
        assertThat(imported.yaml())
                .contains("constraint")
                .doesNotContain("empty(")
                .doesNotContain("answered(");
        assertThat(warningAt(imported, "survey!D4")).startsWith("relevant: ${device} is metadata 'deviceid'");
        assertThat(warningAt(imported, "survey!E4")).startsWith("constraint: ${mail} is metadata 'email'");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void metadataOnMoreThanOneRowIsStillRefusedAsAmbiguousNotReadAsEmpty() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"username", "user", "", ""},
                    {"begin group", "more", "More", ""},
                    {"text", "user", "User", ""},
                    {"end group", "", "", ""},
                    {"text", "comment", "Comment", "${user} != 'tester'"}
                },
                YES_NO);

        assertThat(errors(imported)).anySatisfy(error -> {
            assertThat(error.path()).isEqualTo("survey!D6");
            assertThat(error.message()).contains("names more than one row");
        });
    }

    /** The relevant of the question {@code key} as the converted YAML writes it, wherever the question stands. */
    private static String relevant(XlsFormImport imported, String key) {
        return question(new Yaml().load(imported.yaml()), key)
                .map(question -> String.valueOf(question.get("relevant")))
                .orElse("(no question " + key + ")");
    }

    private static Optional<Map<?, ?>> question(Object node, String key) {
        if (node instanceof Map<?, ?> map) {
            if (key.equals(map.get("key")) && map.containsKey("type")) {
                return Optional.of(map);
            }
            return map.values().stream()
                    .flatMap(value -> question(value, key).stream())
                    .findFirst();
        }
        if (node instanceof List<?> list) {
            return list.stream().flatMap(item -> question(item, key).stream()).findFirst();
        }
        return Optional.empty();
    }
}
