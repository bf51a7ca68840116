package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.PageOutline;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.builder.QuestionOutline;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.web.DesignerPages.Message;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the overview's view model: the pages, their questions, the problems, and where a new question may go. */
final class BuilderOverview {

    private BuilderOverview() {}

    static BuilderPages.OverviewPage of(
            BuilderDrafts.Opened opened,
            Language language,
            Locale locale,
            @Nullable Message notice,
            BuilderPages.AddQuestion add) {
        QuestionnaireDocument document = opened.document();
        List<PageOutline> outline = document.outline();
        List<BuilderPages.PageRow> pages = new ArrayList<>();
        List<BuilderPages.Position> positions = new ArrayList<>();
        int total = outline.stream().mapToInt(p -> p.questions().size()).sum();
        int seen = 0;
        for (PageOutline page : outline) {
            int p = page.at().page();
            String title = in(
                    page.title(),
                    language,
                    document.defaultLanguage(),
                    page.key().orElse(""));
            List<BuilderPages.QuestionRow> questions = new ArrayList<>();
            for (QuestionOutline question : page.questions()) {
                int i = question.at().index();
                String label = in(question.label(), language, document.defaultLanguage(), question.key());
                questions.add(new BuilderPages.QuestionRow(
                        p,
                        i,
                        question.key(),
                        question.type(),
                        label,
                        document.scalar(question.at(), "required")
                                .map("true"::equalsIgnoreCase)
                                .orElse(false),
                        opened.problems().stream()
                                .filter(pr -> ProblemPlaces.concernsQuestion(pr.path(), p, i))
                                .count(),
                        seen == 0,
                        seen == total - 1));
                seen++;
                if (i < page.questions().size() - 1) {
                    // After the last question is the end of the page, offered below.
                    positions.add(new BuilderPages.Position(p + ":" + (i + 1), title, label, false));
                }
            }
            positions.add(
                    new BuilderPages.Position(p + ":" + page.questions().size(), title, null, p == outline.size() - 1));
            pages.add(new BuilderPages.PageRow(
                    p,
                    page.key().orElse(""),
                    title,
                    document.scalar(page.at(), "relevant").isPresent(),
                    questions,
                    opened.problems().stream()
                            .filter(pr -> ProblemPlaces.concernsPage(pr.path(), p))
                            .count()));
        }
        return new BuilderPages.OverviewPage(
                opened.key(),
                in(document.text(new Place.Root(), "title"), language, document.defaultLanguage(), opened.key()),
                document.paged(),
                pages,
                problems(opened, locale),
                notice,
                BuilderTypes.names(),
                positions,
                document.defaultLanguage().code(),
                opened.hasDraft(),
                add);
    }

    /** Each problem linked to the question or page it concerns, or to its line in the YAML editor. */
    static List<BuilderPages.ProblemRow> problems(BuilderDrafts.Opened opened, Locale locale) {
        String key = opened.key();
        List<DefinitionProblem> problems = opened.problems();
        List<PlainMessageView> plain = PlainMessages.of(problems, opened.layout(), key, locale);
        return java.util.stream.IntStream.range(0, problems.size())
                .mapToObj(n -> row(key, problems.get(n), plain.get(n)))
                .toList();
    }

    private static BuilderPages.ProblemRow row(String key, DefinitionProblem p, PlainMessageView plain) {
        return new BuilderPages.ProblemRow(
                p.path(),
                plain.sentence(),
                p.message(),
                p.severity() == DefinitionProblem.Severity.ERROR,
                ProblemPlaces.of(p.path())
                        .map(w -> w.isQuestion()
                                ? BuilderLinks.question(key, w.page(), w.question())
                                : BuilderLinks.page(key, w.page()))
                        .orElse("/staff/questionnaires/" + key + "/edit#line-" + p.line()));
    }

    /** A text in the staff language, else the default language, else any, else {@code fallback}. */
    static String in(Map<Language, String> text, Language language, Language defaultLanguage, String fallback) {
        String found = text.get(language);
        if (found == null || found.isBlank()) {
            found = text.get(defaultLanguage);
        }
        if (found == null || found.isBlank()) {
            found = text.values().stream().filter(t -> !t.isBlank()).findFirst().orElse(fallback);
        }
        return found;
    }
}
