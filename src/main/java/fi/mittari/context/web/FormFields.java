package fi.mittari.context.web;

import java.util.Map;

/**
 * Reads the fields of the participation counts' form, which are named by line and so stay a map (the other context
 * forms bind records, {@link ContextFormPosts}); a field sent twice counts by its first value, an absent one as empty.
 */
final class FormFields {

    private FormFields() {}

    static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value instanceof Iterable<?> many) {
            var it = many.iterator();
            value = it.hasNext() ? it.next() : null;
        }
        return value == null ? "" : String.valueOf(value).strip();
    }
}
