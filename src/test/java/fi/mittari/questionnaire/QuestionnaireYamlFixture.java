package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;

/** A small valid questionnaire file, and helpers to break it one line at a time and look at what was reported. */
final class QuestionnaireYamlFixture {

    /** All four question types in three languages. Line numbers matter: tests point at them. */
    static final String VALID =
            """
            key: club-feedback
            defaultLanguage: fi
            languages: [fi, sv, en]
            title: {fi: Palaute, sv: Respons, en: Feedback}
            description: {fi: Kerro mielipiteesi., sv: Berätta vad du tycker., en: Tell us what you think.}
            questions:
              - key: attended
                type: single_choice
                required: true
                label: {fi: "Osallistuitko?", sv: "Deltog du?", en: "Did you attend?"}
                choices:
                  - value: yes
                    label: {fi: Kyllä, sv: Ja, en: "Yes"}
                  - value: no
                    label: {fi: Ei, sv: Nej, en: "No"}
                  - value: on
                    label: {fi: Etänä, sv: På distans, en: Online}
              - key: topics
                type: multiple_choice
                label: {fi: Aiheet, sv: Teman, en: Topics}
                hint: {fi: Valitse kaikki sopivat., sv: Välj alla som passar., en: Choose all that apply.}
                choices:
                  - value: work
                    label: {fi: Työ, sv: Arbete, en: Work}
                  - value: housing
                    label: {fi: Asuminen, sv: Boende, en: Housing}
              - key: usefulness
                type: rating
                label: {fi: Hyödyllisyys, sv: Nytta, en: Usefulness}
                minLabel: {fi: Ei lainkaan, sv: Inte alls, en: Not at all}
              - key: comments
                type: text
                multiline: true
                maxLength: 500
                label: {fi: Kommentit, sv: Kommentarer, en: Comments}
            """;

    private static final QuestionnaireYamlReader READER = new QuestionnaireYamlReader();

    private QuestionnaireYamlFixture() {}

    /** {@link #VALID} with {@code target}, which must occur exactly once, replaced. */
    static String validWith(String target, String replacement) {
        assertThat(VALID.split(java.util.regex.Pattern.quote(target), -1))
                .as("occurrences of '%s'", target)
                .hasSize(2);
        return VALID.replace(target, replacement);
    }

    static DefinitionResult read(String yaml) {
        return READER.read("club-feedback.yaml", yaml);
    }

    static Questionnaire accepted(String yaml) {
        DefinitionResult result = read(yaml);
        assertThat(result).as(() -> describe(result.problems())).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) result).questionnaire();
    }

    static List<DefinitionProblem> rejected(String yaml) {
        DefinitionResult result = read(yaml);
        assertThat(result).as(() -> describe(result.problems())).isInstanceOf(DefinitionResult.Rejected.class);
        return result.problems();
    }

    /** The one problem reported, failing with the whole list when there is not exactly one. */
    static DefinitionProblem onlyProblem(String yaml) {
        List<DefinitionProblem> problems = read(yaml).problems();
        assertThat(problems).as(() -> describe(problems)).hasSize(1);
        return problems.get(0);
    }

    static String describe(List<DefinitionProblem> problems) {
        return String.join(
                "\n", problems.stream().map(DefinitionProblem::describe).toList());
    }
}
