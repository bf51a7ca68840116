package fi.mittari.campaign.mail.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.mail.MailKind;
import fi.mittari.campaign.mail.RecipientProblem;
import fi.mittari.campaign.mail.RecipientStatus;
import fi.mittari.campaign.mail.ResponseRate;
import fi.mittari.questionnaire.Language;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * View models of the campaign's email page; public records, because Thymeleaf calls their accessors. Problems,
 * statuses, kinds and languages are message-key suffixes, said in the reader's language by the template.
 */
public final class MailPages {

    private MailPages() {}

    /**
     * The page: whether mail can be sent at all, the response rate, the recipient list form (as typed, with its
     * problems), the reminder schedule, one message's editor and every recipient's status.
     */
    public record Page(
            String slug,
            String title,
            boolean smtpConfigured,
            boolean invitational,
            Rate rate,
            @Nullable Integer added,
            String recipientsText,
            List<Problem> problems,
            String reminderDays,
            @Nullable Problem scheduleProblem,
            Editor editor,
            List<Row> recipients,
            boolean listCut) {

        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /** The counts with their shares of the invited, as whole percentages. */
    public record Rate(
            long invited,
            long reached,
            long started,
            long complete,
            long reachedPercent,
            long startedPercent,
            long completePercent) {

        static Rate of(ResponseRate rate) {
            return new Rate(
                    rate.invited(),
                    rate.reached(),
                    rate.started(),
                    rate.complete(),
                    rate.percentOfInvited(rate.reached()),
                    rate.percentOfInvited(rate.started()),
                    rate.percentOfInvited(rate.complete()));
        }
    }

    /**
     * One message's wording being edited: {@code kind} invitation or reminder, {@code language} fi, sv or en; the
     * preview when asked for, whether it was just saved, and what refused it.
     */
    public record Editor(
            String kind,
            String language,
            String subject,
            String body,
            @Nullable Preview preview,
            boolean saved,
            List<Problem> problems,
            List<Choice> choices) {

        /** Every problem with {@code field}: a message may lack both of its links. */
        public List<Problem> problemsOf(String field) {
            return problems.stream().filter(p -> p.field().equals(field)).toList();
        }
    }

    public record Preview(String subject, String body) {}

    /** A message to edit, as a link: {@code current} marks the one shown. */
    public record Choice(String kind, String language, boolean current) {}

    /** A refused line or field: {@code line} 0 when it concerns the whole list. */
    public record Problem(int line, String field, String reason, String value) {

        static Problem of(RecipientProblem problem) {
            return new Problem(problem.line(), problem.field(), problem.reason(), problem.value());
        }
    }

    /** A recipient as the table shows them; {@code email} empty once erased. */
    public record Row(
            String email,
            String name,
            String language,
            String pseudonym,
            String status,
            String lastError,
            int attempts,
            @Nullable Instant invitedAt,
            int remindersSent,
            boolean erased) {

        static Row of(RecipientStatus status) {
            return new Row(
                    status.email() == null ? "" : status.email(),
                    status.name() == null ? "" : status.name(),
                    status.language(),
                    status.pseudonym(),
                    status.shown(),
                    status.lastError() == null ? "" : status.lastError(),
                    status.attempts(),
                    status.invitedAt(),
                    status.remindersSent(),
                    status.email() == null);
        }
    }

    /** The language recipients get when the list names none: Finnish, unless the campaign does not offer it. */
    static Language defaultLanguage(Campaign campaign) {
        List<Language> offered = campaign.offeredLanguages();
        return offered.isEmpty() || offered.contains(Language.FI) ? Language.FI : offered.get(0);
    }

    static Optional<MailKind> kind(String text) {
        return Arrays.stream(MailKind.values())
                .filter(k -> k.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst();
    }

    static String suffix(MailKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static List<Choice> choices(MailKind current, Language language) {
        return Arrays.stream(MailKind.values())
                .flatMap(k -> Arrays.stream(Language.values())
                        .map(l -> new Choice(suffix(k), l.code(), k == current && l == language)))
                .toList();
    }
}
