package fi.mittari.campaign.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A message's subject and body with placeholders: {name}, {link}, {closes}, {optout} and {title}. The body must hold
 * {link} (what the message is for) and {optout} (every message carries a way to stop them). Rendering leaves out the
 * space before an empty {name} ("Hei {name}," → "Hei,") and a line holding {closes} when the campaign has no last day.
 */
public record MailTemplate(String subject, String body) {

    public static final List<String> PLACEHOLDERS = List.of("{name}", "{link}", "{closes}", "{optout}", "{title}");
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 10_000;

    /** The values put in: the recipient's name (may be empty), the links, the last day as text (may be empty). */
    public record Values(String name, String link, String closes, String optOut, String title) {}

    /** Why the template cannot be used, as message-key suffixes with the field they concern; empty when it can. */
    public List<TemplateProblem> problems() {
        List<TemplateProblem> problems = new ArrayList<>();
        if (subject.isBlank()) {
            problems.add(new TemplateProblem("subject", "subjectMissing", "The subject is empty"));
        } else if (subject.length() > MAX_SUBJECT || subject.contains("\n")) {
            problems.add(new TemplateProblem(
                    "subject",
                    "subjectTooLong",
                    "The subject must be one line of at most " + MAX_SUBJECT + " characters"));
        }
        if (body.length() > MAX_BODY) {
            problems.add(new TemplateProblem(
                    "body", "bodyTooLong", "The message must be at most " + MAX_BODY + " characters"));
        }
        if (!body.contains("{link}")) {
            problems.add(new TemplateProblem("body", "linkMissing", "The message must hold {link}, the personal link"));
        }
        if (!body.contains("{optout}")) {
            problems.add(new TemplateProblem(
                    "body", "optOutMissing", "The message must hold {optout}, the link to stop the messages"));
        }
        return problems;
    }

    public record TemplateProblem(String field, String reason, String message) {}

    public Rendered render(Values values) {
        return new Rendered(fill(subject, values).strip(), fill(withoutEmptyLines(body, values), values));
    }

    /** The message as it is sent. */
    public record Rendered(String subject, String body) {}

    private static String withoutEmptyLines(String body, Values values) {
        if (!values.closes().isEmpty()) {
            return body;
        }
        return body.lines().filter(line -> !line.contains("{closes}")).collect(Collectors.joining("\n"));
    }

    private static String fill(String text, Values values) {
        String named = values.name().isBlank() ? text.replace(" {name}", "").replace("{name}", "") : text;
        return named.replace("{name}", values.name().strip())
                .replace("{link}", values.link())
                .replace("{closes}", values.closes())
                .replace("{optout}", values.optOut())
                .replace("{title}", values.title());
    }
}
