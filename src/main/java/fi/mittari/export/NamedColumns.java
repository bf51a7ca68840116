package fi.mittari.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of an export in their order, each under a name every format accepts (Stata's being the strictest) that
 * no earlier column took, so a question key that only differs in case or punctuation still gets a column of its own.
 */
final class NamedColumns {

    /** Stata's limit on a variable name; SPSS and R allow longer ones. */
    static final int NAME_LENGTH = 32;

    private final List<Column> columns = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    /** Adds a column named after {@code name}; its index. */
    int add(String name, String label, ColumnKind kind, String key, List<Column.ValueLabel> values, List<Integer> v) {
        columns.add(new Column(uniqueName(name), label, kind, key, values, v));
        return columns.size() - 1;
    }

    List<Column> list() {
        return List.copyOf(columns);
    }

    int size() {
        return columns.size();
    }

    /** A name every format accepts, not taken by an earlier column: "_2", "_3"… added when it is. */
    private String uniqueName(String wanted) {
        String base = wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "v_" + base;
        }
        base = base.length() > NAME_LENGTH ? base.substring(0, NAME_LENGTH) : base;
        String name = base;
        for (int n = 2; names.contains(name); n++) {
            String suffix = "_" + n;
            name = base.substring(0, Math.min(base.length(), NAME_LENGTH - suffix.length())) + suffix;
        }
        names.add(name);
        return name;
    }
}
