package fi.mittari.mail;

import java.util.regex.Pattern;

/**
 * The server's reason for a failed attempt, fit to store, show and log: every address in it replaced (a refusal
 * usually quotes the address it refused), at most {@value #MAX_ERROR} characters.
 */
public final class MailErrors {

    public static final int MAX_ERROR = 1000;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'@,;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");

    private MailErrors() {}

    /** An error text with addresses replaced by {@code <address>}, cut to {@value #MAX_ERROR} characters. */
    public static String withoutAddresses(String error) {
        String text = ADDRESS.matcher(error == null ? "" : error).replaceAll("<address>");
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR - 1) + "…" : text;
    }

    /**
     * The exception and its causes' messages, e.g. "MailConnectException: Couldn't connect to host …", without
     * addresses.
     */
    public static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < MAX_ERROR; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
        }
        return withoutAddresses(text.toString());
    }
}
