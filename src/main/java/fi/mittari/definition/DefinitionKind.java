package fi.mittari.definition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two kinds of definition, each with its own directory of files and list key in the YAML. */
public enum DefinitionKind {
    INDICATOR("indicators"),
    REPORT("reports");

    private final String listKey;

    DefinitionKind(String listKey) {
        this.listKey = listKey;
    }

    /** As stored and as written in addresses: {@code indicator}, {@code report}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of the list in a file, and the file's directory under batch/: {@code indicators}, {@code reports}. */
    public String listKey() {
        return listKey;
    }

    public static Optional<DefinitionKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
