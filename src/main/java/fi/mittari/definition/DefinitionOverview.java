package fi.mittari.definition;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the definitions page says beside the list: the files that browser versions shadow. */
@Singleton
public class DefinitionOverview {

    private final DefinitionVersions versions;
    private final DefinitionFiles files;

    /** A file entry whose code has a newer browser version: the file is read but not in force (docs/adr/0015). */
    public record Shadow(DefinitionKind kind, String code, String fileName, DefinitionVersion by) {}

    DefinitionOverview(DefinitionVersions versions, DefinitionFiles files) {
        this.versions = versions;
        this.files = files;
    }

    /** Every code whose newest version is from the browser while an older one came from a file, by kind and code. */
    public List<Shadow> shadowed() {
        files.ensureImported();
        List<Shadow> shadows = new ArrayList<>();
        for (DefinitionKind kind : DefinitionKind.values()) {
            for (DefinitionVersion newest : versions.newest(kind)) {
                if (newest.source() == DefinitionSource.BROWSER) {
                    fileOf(kind, newest.code())
                            .ifPresent(file -> shadows.add(new Shadow(kind, newest.code(), file, newest)));
                }
            }
        }
        return shadows;
    }

    private Optional<String> fileOf(DefinitionKind kind, String code) {
        return versions.history(kind, code).stream()
                .filter(v -> v.source() == DefinitionSource.FILE)
                .findFirst()
                .flatMap(DefinitionVersion::fileName);
    }
}
