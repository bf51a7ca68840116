package fi.mittari.definition;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable version of a definition: the YAML of that one definition as published.
 *
 * @param fileName the file it was read from, for versions from a file
 * @param publishedBy the staff member who published it; empty for versions from a file
 */
public record DefinitionVersion(
        DefinitionKind kind,
        String code,
        int versionNumber,
        String yaml,
        String sha256,
        DefinitionSource source,
        Optional<String> fileName,
        Instant publishedAt,
        Optional<String> publishedBy) {

    public DefinitionVersion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
    }

    /**
     * How problems and workbooks name where the definition was written: {@code events v2 (batch/indicators/keko.yaml)}
     * or {@code events v3 (browser)}. Line numbers of problems count in this version's own text.
     */
    public String label() {
        return code + " v" + versionNumber + " (" + fileName.orElse("browser") + ")";
    }
}
