package fi.mittari.results.web;

import fi.mittari.results.CampaignResults;
import fi.mittari.results.QuestionResult;
import fi.mittari.results.ResultRow;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The view model of a campaign's results page. Figures come formatted for the page's language; a hidden figure is an
 * empty text, which the template says as "hidden". {@code problems} are the period's errors as [field, message key].
 */
public record ResultsPage(
        String slug,
        String title,
        String from,
        String to,
        List<Problem> problems,
        long responses,
        boolean suppressed,
        List<QuestionView> questions) {

    public record Problem(String field, String messageKey) {}

    /** One row: the label, the count and share as text ("" when hidden), and the bar's width as a percentage. */
    public record RowView(String label, String count, String share, String barWidth) {
        public boolean hidden() {
            return count.isEmpty();
        }
    }

    /** One question: {@code kind} is "choices", "multiple" or "numbers"; mean and median are "" when hidden or none. */
    public record QuestionView(
            String key,
            String label,
            String kind,
            String answered,
            List<RowView> rows,
            String mean,
            String median,
            boolean anyHidden) {}

    public boolean hasError() {
        return !problems.isEmpty();
    }

    public String errorOf(String field) {
        return problems.stream()
                .filter(p -> p.field().equals(field))
                .map(Problem::messageKey)
                .findFirst()
                .orElse("");
    }

    static ResultsPage of(CampaignResults.Results results, String from, String to, Locale locale) {
        List<QuestionView> questions =
                results.questions().stream().map(q -> view(q, locale)).toList();
        return new ResultsPage(
                results.campaign().slug(),
                results.campaign().title(),
                from,
                to,
                List.of(),
                results.responses(),
                results.suppressed(),
                questions);
    }

    private static QuestionView view(QuestionResult question, Locale locale) {
        String answered = question.answered().map(n -> integer(n, locale)).orElse("");
        return question.accept(new QuestionResult.Cases<QuestionView>() {
            @Override
            public QuestionView choices(QuestionResult.Choices choices) {
                return new QuestionView(
                        choices.key(),
                        choices.label(),
                        choices.multiple() ? "multiple" : "choices",
                        answered,
                        rows(choices.rows(), locale),
                        "",
                        "",
                        choices.anyHidden());
            }

            @Override
            public QuestionView numbers(QuestionResult.Numbers numbers) {
                NumberFormat decimal = NumberFormat.getNumberInstance(locale);
                decimal.setMaximumFractionDigits(1);
                decimal.setMinimumFractionDigits(1);
                return new QuestionView(
                        numbers.key(),
                        numbers.label(),
                        "numbers",
                        answered,
                        rows(numbers.rows(), locale),
                        numbers.mean().map(m -> decimal.format(m.mean())).orElse(""),
                        numbers.mean().map(m -> decimal.format(m.median())).orElse(""),
                        numbers.anyHidden());
            }
        });
    }

    private static List<RowView> rows(List<ResultRow> rows, Locale locale) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        return rows.stream()
                .map(r -> new RowView(
                        r.label(),
                        r.count().map(n -> integer(n, locale)).orElse(""),
                        text(r.share(), percent),
                        r.share().isPresent()
                                ? String.format(Locale.ROOT, "%.1f%%", r.share().getAsDouble() * 100)
                                : "0%"))
                .toList();
    }

    private static String text(OptionalDouble share, NumberFormat percent) {
        return share.isPresent() ? percent.format(share.getAsDouble()) : "";
    }

    private static String integer(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }
}
