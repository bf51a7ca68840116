package fi.mittari.campaign.mail;

import fi.mittari.questionnaire.Language;
import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetReading;
import fi.mittari.sheet.SheetRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a recipient list: an uploaded sheet (CSV or XLSX, read by the shared sheet reading) or text pasted from a
 * spreadsheet or an address book. Columns are found by their header in Finnish, Swedish or English; pasted text may
 * leave the header out when its columns are in the order email, name, language, pseudonym.
 */
public final class RecipientLists {

    /** Names a column may have (lower case), by what it holds. */
    private static final Map<String, List<String>> HEADERS = Map.of(
            "email", List.of("email", "e-mail", "sähköposti", "sahkoposti", "e-post", "epost", "address", "osoite"),
            "name", List.of("name", "nimi", "namn"),
            "language", List.of("language", "kieli", "språk", "sprak", "lang"),
            "pseudonym", List.of("pseudonym", "pseudonyymi", "tunnus", "reference", "viite", "kod", "code"));

    /** A practical address check: one @, no spaces, a dot in the domain; the server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"(),;:]+@[^\\s@<>\"(),;:]+\\.[^\\s@<>\"(),;:]+");

    private static final Pattern PSEUDONYM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;

    private RecipientLists() {}

    /** The outcome of reading a list: the recipients, or every problem found (nothing is stored then). */
    public sealed interface Reading {

        /** The answer of {@code cases} for this outcome. */
        <R> R accept(Cases<R> cases);

        /** One answer per outcome, so a new one fails to compile where an {@code instanceof} would fall through. */
        interface Cases<R> {
            R read(Read read);

            R refused(Refused refused);
        }

        record Read(List<RecipientLine> recipients) implements Reading {
            @Override
            public <R> R accept(Cases<R> cases) {
                return cases.read(this);
            }
        }

        record Refused(List<RecipientProblem> problems) implements Reading {
            @Override
            public <R> R accept(Cases<R> cases) {
                return cases.refused(this);
            }
        }
    }

    /** Text pasted into the form: a line per recipient; tabs (from a spreadsheet), semicolons or commas between. */
    public static Reading pasted(String text, Language fallback) {
        String body = text.strip();
        if (body.isEmpty()) {
            return refusedEmpty();
        }
        String first = body.lines().findFirst().orElse("");
        String delimiter = first.contains("\t") || first.contains(";") ? ";" : ",";
        body = body.replace("\t", ";");
        if (first.contains("@")) {
            body = String.join(delimiter, "email", "name", "language", "pseudonym") + "\n" + body;
        }
        return sheet(ResponseSheet.csv(body.getBytes(StandardCharsets.UTF_8), ResponseSheet.MAX_ROWS), fallback);
    }

    /** One recipient of a list sent as data (the API): any field but the address may be empty. */
    public record Entry(String email, String name, String language, String pseudonym) {}

    /** Recipients sent as data; a problem's line is the entry's position counted from 1. */
    public static Reading listed(List<Entry> entries, Language fallback) {
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            rows.add(new SheetRow(
                    i + 1,
                    List.of(text(entry.email()), text(entry.name()), text(entry.language()), text(entry.pseudonym())),
                    Map.of()));
        }
        return rows(new ResponseSheet(List.of("email", "name", "language", "pseudonym"), rows), fallback);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** An uploaded file as the shared sheet reading read it; an unreadable file is one problem on line 1. */
    public static Reading sheet(SheetReading reading, Language fallback) {
        if (reading instanceof SheetReading.Unreadable unreadable) {
            return new Reading.Refused(List.of(new RecipientProblem(
                    1,
                    "file",
                    "unreadable",
                    unreadable.message(),
                    "The file cannot be read: " + unreadable.message())));
        }
        return rows(((SheetReading.Read) reading).sheet(), fallback);
    }

    private static Reading rows(ResponseSheet sheet, Language fallback) {
        Map<String, Integer> columns = columns(sheet.columns());
        if (!columns.containsKey("email")) {
            return new Reading.Refused(List.of(new RecipientProblem(
                    1,
                    "email",
                    "noEmailColumn",
                    String.join(", ", sheet.columns()),
                    "No email column: name one column email (or sähköposti, e-post)")));
        }
        if (sheet.rows().isEmpty()) {
            return refusedEmpty();
        }
        List<RecipientProblem> problems = new ArrayList<>();
        List<RecipientLine> lines = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        Set<String> pseudonyms = new HashSet<>();
        for (SheetRow row : sheet.rows()) {
            String email = cell(row, columns, "email");
            String name = cell(row, columns, "name");
            String languageText = cell(row, columns, "language");
            String pseudonym = cell(row, columns, "pseudonym");
            int line = row.number();
            if (email.isEmpty()) {
                problems.add(problem(line, "email", "emailMissing", "", "has no email address"));
            } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
                // the value is the address staff typed, shown back to them only, never logged
                problems.add(problem(line, "email", "emailFormat", email, "is not an email address"));
            } else if (!emails.add(email.toLowerCase(Locale.ROOT))) {
                problems.add(problem(line, "email", "emailRepeated", email, "repeats an address of an earlier line"));
            }
            if (name.length() > MAX_NAME) {
                problems.add(problem(
                        line,
                        "name",
                        "nameTooLong",
                        Integer.toString(MAX_NAME),
                        "has a name longer" + " than " + MAX_NAME + " characters"));
            }
            Optional<Language> language =
                    languageText.isEmpty() ? Optional.of(fallback) : Language.fromCode(languageText);
            if (language.isEmpty()) {
                problems.add(problem(
                        line,
                        "language",
                        "languageUnknown",
                        languageText,
                        "has a language other than" + " fi, sv or en"));
            }
            if (!pseudonym.isEmpty() && !PSEUDONYM.matcher(pseudonym).matches()) {
                problems.add(problem(
                        line,
                        "pseudonym",
                        "pseudonymFormat",
                        pseudonym,
                        "has a pseudonym other than" + " 1–64 letters, digits, dots, hyphens or underscores"));
            } else if (!pseudonym.isEmpty() && !pseudonyms.add(pseudonym)) {
                problems.add(problem(
                        line,
                        "pseudonym",
                        "pseudonymRepeated",
                        pseudonym,
                        "repeats a pseudonym of an" + " earlier line"));
            }
            language.ifPresent(l -> lines.add(new RecipientLine(line, email, name, l, pseudonym)));
        }
        return problems.isEmpty() ? new Reading.Read(lines) : new Reading.Refused(problems);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> found = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            for (var entry : HEADERS.entrySet()) {
                if (entry.getValue().contains(name)) {
                    found.putIfAbsent(entry.getKey(), i);
                }
            }
        }
        return found;
    }

    private static String cell(SheetRow row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }

    private static RecipientProblem problem(int line, String field, String reason, String value, String message) {
        return new RecipientProblem(line, field, reason, value, "Line " + line + " " + message);
    }

    private static Reading refusedEmpty() {
        return new Reading.Refused(List.of(new RecipientProblem(1, "recipients", "empty", "", "The list is empty")));
    }
}
