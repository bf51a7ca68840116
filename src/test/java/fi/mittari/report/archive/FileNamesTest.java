package fi.mittari.report.archive;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.TimeZones;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void fileNamesAreSafeAndDated() {
        // 2026-12-31 22:30 UTC is already 1 January in Helsinki (UTC+2)
        assertThat(FileNames.of("KeKo STEA/2019\"", Instant.parse("2026-12-31T22:30:00Z"), TimeZones.HELSINKI))
                .isEqualTo("mittari-keko-stea-2019--2027-01-01.xlsx");
        assertThat(FileNames.of("keko", Instant.parse("2026-12-31T22:30:00Z"), ZoneId.of("UTC")))
                .isEqualTo("mittari-keko-2026-12-31.xlsx");
    }
}
