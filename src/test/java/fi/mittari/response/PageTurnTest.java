package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageTurnTest {

    /** Two pages in Finnish and Swedish, each with a required question. */
    private static final Questionnaire TWO_PAGES = (((DefinitionResult.Accepted)
                    new QuestionnaireYamlReader()
                            .read(
                                    "t.yaml",
                                    """
            key: two
            defaultLanguage: fi
            languages: [fi, sv]
            title: {fi: Kaksi, sv: Två}
            pages:
              - key: first
                title: {fi: Eka, sv: Första}
                questions:
                  - key: age
                    type: number
                    required: true
                    label: {fi: Ikä, sv: Ålder}
              - key: second
                title: {fi: Toka, sv: Andra}
                questions:
                  - key: comments
                    type: text
                    required: true
                    label: {fi: Kommentit, sv: Kommentarer}
            """))
            .questionnaire());

    private final PageFlow flow = new PageFlow(LocalDate.of(2026, 12, 2), fi.mittari.questionnaire.Language.FI);

    @Test
    void aLanguageSwitchKeepsThePageAndChecksNothing() {
        var turn = turn(Map.of("age", List.of("many")), "first", "next", Optional.of("sv"));

        assertThat(turn).isEqualTo(new PageTurn.SwitchLanguage(TWO_PAGES.pages().get(0), Language.SV));
    }

    @Test
    void aLanguageTheQuestionnaireDoesNotOfferIsNoSwitch() {
        var turn = turn(Map.of(), "first", "next", Optional.of("en"));

        assertThat(turn).isInstanceOf(PageTurn.Fix.class);
    }

    @Test
    void nextStaysToFixAPageWithProblemsAndGoesOnFromOneWithout() {
        assertThat(turn(Map.of("age", List.of("many")), "first", "next", Optional.empty()))
                .isInstanceOf(PageTurn.Fix.class);
        assertThat(turn(Map.of("age", List.of("40")), "first", "next", Optional.empty()))
                .isEqualTo(new PageTurn.Next(TWO_PAGES.pages().get(1)));
    }

    @Test
    void backAndLaterCheckNothingAndLaterCountsAsNextWhereNothingIsKept() {
        var unfinished = Map.of("age", List.of("40"));
        assertThat(turn(unfinished, "second", "back", Optional.empty()))
                .isEqualTo(new PageTurn.Back(TWO_PAGES.pages().get(0)));
        assertThat(PageTurn.of(TWO_PAGES, at(unfinished, "second"), "later", Optional.empty(), true))
                .isEqualTo(new PageTurn.Later(TWO_PAGES.pages().get(1)));
        assertThat(PageTurn.of(TWO_PAGES, at(unfinished, "second"), "later", Optional.empty(), false))
                .isInstanceOf(PageTurn.Fix.class);
    }

    @Test
    void theLastPageWithoutProblemsSends() {
        var turn =
                turn(Map.of("age", List.of("40"), "comments", List.of("kiitos")), "second", "next", Optional.empty());

        assertThat(turn).isEqualTo(new PageTurn.Send());
    }

    private PageTurn turn(Map<String, List<String>> answers, String page, String action, Optional<String> language) {
        return PageTurn.of(TWO_PAGES, at(answers, page), action, language, true);
    }

    private PageFlow.Position at(Map<String, List<String>> answers, String page) {
        return flow.at(TWO_PAGES, new SubmittedAnswers(answers), page);
    }
}
