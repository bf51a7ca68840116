package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.PlainProblem;
import fi.mittari.questionnaire.builder.PlainProblem.PageTarget;
import fi.mittari.questionnaire.builder.PlainProblem.QuestionTarget;
import fi.mittari.questionnaire.builder.ProblemWording;
import fi.mittari.questionnaire.builder.QuestionnaireLayout;
import fi.mittari.web.i18n.StaffMessages;
import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Says the reader's problems plainly in the staff's language, each linked to the question or page it concerns. */
public final class PlainMessages {

    private PlainMessages() {}

    /** Every problem, in the reader's order, for the questionnaire {@code key} laid out as {@code layout}. */
    public static List<PlainMessageView> of(
            List<DefinitionProblem> problems, QuestionnaireLayout layout, String key, Locale locale) {
        return problems.stream()
                .map(problem -> view(PlainProblem.of(problem, layout), key, locale))
                .toList();
    }

    static PlainMessageView view(PlainProblem plain, String key, Locale locale) {
        DefinitionProblem problem = plain.problem();
        String field = plain.field().isEmpty()
                ? ""
                : StaffMessages.message(locale, "pickers.field." + plain.field())
                        .orElse(plain.field());
        String where = where(plain.target(), locale) + (field.isEmpty() ? "" : ", " + field);
        return new PlainMessageView(
                where,
                plain.target() instanceof QuestionTarget q ? q.key() : "",
                href(plain.target(), key),
                text(plain.wording(), locale),
                problem.severity() == DefinitionProblem.Severity.ERROR,
                problem.line(),
                problem.column(),
                problem.path(),
                problem.message());
    }

    /** The wording in the staff's language; the reader's exact message when the bundles lack it. */
    public static String text(ProblemWording wording, Locale locale) {
        Object[] arguments = wording.arguments().stream()
                .map(argument -> argument instanceof ProblemWording.Word word
                        ? StaffMessages.message(locale, word.key()).orElse(word.key())
                        : argument instanceof ProblemWording reason ? text(reason, locale) : argument)
                .toArray();
        return StaffMessages.message(locale, wording.key(), arguments)
                .orElseGet(() -> wording.arguments().isEmpty()
                        ? wording.key()
                        : String.valueOf(wording.arguments().get(0)));
    }

    private static String where(PlainProblem.Target target, Locale locale) {
        Language language = Language.fromCode(locale.getLanguage()).orElse(Language.FI);
        if (target instanceof QuestionTarget q) {
            return named(q.label(), q.key(), language)
                    .map(name -> say(locale, "pickers.where.question", name))
                    .orElseGet(() -> say(locale, "pickers.where.questionAt", q.page() + 1, q.index() + 1));
        }
        if (target instanceof PageTarget p) {
            return named(p.title(), p.key(), language)
                    .map(name -> say(locale, "pickers.where.page", name))
                    .orElseGet(() -> say(locale, "pickers.where.pageAt", p.page() + 1));
        }
        return say(locale, "pickers.where.settings");
    }

    /** The label in the staff's language, else in Finnish, Swedish or English, else the key; empty without both. */
    private static Optional<String> named(Map<Language, String> label, String key, Language language) {
        return Optional.ofNullable(label.get(language))
                .or(() -> java.util.Arrays.stream(Language.values())
                        .map(label::get)
                        .filter(java.util.Objects::nonNull)
                        .findFirst())
                .or(() -> key.isEmpty() ? Optional.empty() : Optional.of(key));
    }

    private static String href(PlainProblem.Target target, String key) {
        if (target instanceof QuestionTarget q) {
            return BuilderLinks.question(key, q.page(), q.index());
        }
        if (target instanceof PageTarget p) {
            return BuilderLinks.page(key, p.page());
        }
        return BuilderLinks.builder(key);
    }

    private static String say(Locale locale, String key, Object... arguments) {
        return StaffMessages.message(locale, key, arguments).orElse(key);
    }
}
