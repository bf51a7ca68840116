package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** choicesFrom: a choice question's choices are the entries of a code list, in the questionnaire's languages. */
class QuestionnaireYamlReaderCodeListTest {

    private static final String FILE =
            """
            key: lists
            defaultLanguage: fi
            languages: [fi, sv, en]
            title: {fi: Listat, sv: Listor, en: Lists}
            questions:
              - key: region
                type: single_choice
                label: {fi: Maakunta, sv: Landskap, en: Region}
                choicesFrom: %s
                other: true
              - key: sectors
                type: multiple_choice
                label: {fi: Sektorit, sv: Sektorer, en: Sectors}
                choicesFrom: sector
            """;

    private static final CodeListSnapshot LISTS = new CodeListSnapshot(Map.of(
            "region",
            List.of(
                    new ListedCode("uusimaa", names("Uusimaa", "Nyland", "Uusimaa"), true),
                    new ListedCode("ahvenanmaa", names("Ahvenanmaa", "Åland", "Åland"), true),
                    new ListedCode("ita-uusimaa", names("Itä-Uusimaa", "Östra Nyland", "Eastern Uusimaa"), false)),
            "sector",
            List.of(
                    new ListedCode("kela", names("Kela", "FPA", "Kela"), true),
                    new ListedCode("other", names("Muu", "Annat", "Other"), true))));

    private static LocalizedText names(String fi, String sv, String en) {
        return new LocalizedText(Map.of(Language.FI, fi, Language.SV, sv, Language.EN, en));
    }

    private static Questionnaire read(String list) {
        DefinitionResult result = new QuestionnaireYamlReader(LISTS).read("lists.yaml", FILE.formatted(list));
        assertThat(result.problems()).isEmpty();
        return ((DefinitionResult.Accepted) result).questionnaire();
    }

    @Test
    void aChoiceQuestionFromACodeListOffersEveryActiveEntryByItsCodeInEachLanguage() {
        var region = (SingleChoiceQuestion) read("region").question("region").orElseThrow();
        assertThat(region.offeredChoices())
                .extracting(Choice::value)
                .containsExactly("uusimaa", "ahvenanmaa", OtherChoice.VALUE);
        Choice aland = region.offeredChoice("ahvenanmaa").orElseThrow();
        assertThat(List.of(Language.FI, Language.SV, Language.EN))
                .extracting(language -> aland.label().get(language).orElseThrow())
                .containsExactly("Ahvenanmaa", "Åland", "Åland");
    }

    @Test
    void aRetiredEntryIsNamedForStoredAnswersButNotOffered() {
        var region = (SingleChoiceQuestion) read("region").question("region").orElseThrow();
        assertThat(region.choice("ita-uusimaa"))
                .get()
                .satisfies(
                        c -> assertThat(c.label().in(Language.SV, Language.FI)).isEqualTo("Östra Nyland"))
                .satisfies(c -> assertThat(c.offered()).isFalse());
        assertThat(region.offeredChoice("ita-uusimaa")).isEmpty();
        assertThat(region.offeredChoices()).extracting(Choice::value).doesNotContain("ita-uusimaa");
    }

    @Test
    void theListsOwnOtherIsTheQuestionsOtherOnlyWhenTheQuestionOffersOne() {
        var sectors =
                (MultipleChoiceQuestion) read("region").question("sectors").orElseThrow();
        assertThat(sectors.offeredChoices()).extracting(Choice::value).containsExactly("kela", "other");
        assertThat(sectors.other()).isEmpty();

        String withOther =
                FILE.formatted("region").replace("choicesFrom: sector\n", "choicesFrom: sector\n    other: true\n");
        var read = (DefinitionResult.Accepted) new QuestionnaireYamlReader(LISTS).read("lists.yaml", withOther);
        var sector = (MultipleChoiceQuestion)
                read.questionnaire().question("sectors").orElseThrow();
        assertThat(sector.offeredChoices()).extracting(Choice::value).containsExactly("kela", OtherChoice.VALUE);
        assertThat(sector.other()).isPresent();
    }

    @Test
    void anUnknownListIsRefusedWithFileLineAndTheListsThereAre() {
        DefinitionResult result = new QuestionnaireYamlReader(LISTS).read("lists.yaml", FILE.formatted("regions"));
        assertThat(result).isInstanceOf(DefinitionResult.Rejected.class);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.describe())
                .isEqualTo("lists.yaml:9:18: questions[0].choicesFrom: no code list named 'regions'; the code"
                        + " lists are " + String.join(", ", LISTS.names())));
    }

    @Test
    void choicesWrittenBesideAListAreRefused() {
        String both = FILE.formatted("region")
                .replace("choicesFrom: region\n", "choicesFrom: region\n    choices: [{value: a, label: {fi: A}}]\n");
        DefinitionResult result = new QuestionnaireYamlReader(LISTS).read("lists.yaml", both);
        assertThat(result.problems())
                .extracting(p -> p.describe())
                .containsExactly("lists.yaml:10:5: questions[0].choices: a question takes its choices either from"
                        + " choices or from choicesFrom, not both");
    }

    @Test
    void withoutTheCodeListsAReaderSaysSo() {
        DefinitionResult result = new QuestionnaireYamlReader().read("lists.yaml", FILE.formatted("region"));
        assertThat(result.problems())
                .extracting(p -> p.describe())
                .contains("lists.yaml:9:18: questions[0].choicesFrom: no code list named 'region': code lists are not"
                        + " available here");
    }

    @Test
    void everyShippedRegionQuestionListsAllNineteenRegionsInItsLanguages() throws IOException {
        List<ListedCode> regions = ShippedCodeLists.snapshot().entries("region").orElseThrow();
        assertThat(regions).hasSize(19);
        for (String sample : List.of("event-feedback", "keko-impact")) {
            Path file = Path.of("surveys", sample + ".yaml");
            var read =
                    (DefinitionResult.Accepted) ShippedCodeLists.reader().read(file.toString(), Files.readString(file));
            var region = (SingleChoiceQuestion)
                    read.questionnaire().question("region").orElseThrow();
            for (Language language : read.questionnaire().languages()) {
                // the 19 regions in the list's order, then "other"
                assertThat(region.offeredChoices())
                        .as(sample + " in " + language)
                        .extracting(c -> c.label().get(language).orElseThrow())
                        .hasSize(20)
                        .startsWith(regions.stream()
                                .map(r -> r.name().get(language).orElseThrow())
                                .toArray(String[]::new));
            }
        }
    }
}
