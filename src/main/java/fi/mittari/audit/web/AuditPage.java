package fi.mittari.audit.web;

import fi.mittari.audit.AuditAction;
import fi.mittari.audit.AuditEntry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The view model of {@code /staff/audit}: the filter as typed, its problems, one page of entries and the links to the
 * newer and older pages (empty when there is none). Message keys, never words.
 */
public record AuditPage(
        AuditFilter filter,
        List<ActionOption> actions,
        List<AuditFilter.Problem> problems,
        List<AuditEntry> entries,
        String newerHref,
        String olderHref) {

    /** An option of the action filter; its label is {@code audit.action.<code>}. */
    public record ActionOption(String code, boolean selected) {}

    static AuditPage of(
            AuditFilter filter,
            List<AuditFilter.Problem> problems,
            List<AuditEntry> entries,
            int page,
            boolean hasNext) {
        List<ActionOption> actions = Arrays.stream(AuditAction.values())
                .map(a -> new ActionOption(a.code(), a.code().equals(filter.action())))
                .toList();
        return new AuditPage(
                filter,
                actions,
                problems,
                entries,
                page > 1 ? href(filter, page - 1) : "",
                hasNext ? href(filter, page + 1) : "");
    }

    public boolean hasError() {
        return !problems.isEmpty();
    }

    /** The message key of the field's problem, or "". */
    public String errorOf(String field) {
        return problems.stream()
                .filter(p -> p.field().equals(field))
                .map(AuditFilter.Problem::messageKey)
                .findFirst()
                .orElse("");
    }

    private static String href(AuditFilter filter, int page) {
        return "/staff/audit?user=" + encoded(filter.user()) + "&action=" + encoded(filter.action()) + "&from="
                + encoded(filter.from()) + "&to=" + encoded(filter.to()) + "&page=" + page;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
