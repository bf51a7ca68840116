package fi.mittari;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A setting out of its range stops the start, and the message names the variable to fix and the value it had. */
class SettingsValidationIntegrationTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "datasources.default.maximum-pool-size | 0    | MITTARI_DB_POOL_SIZE must be a whole number ≥ 1, was 0",
                "mittari.smtp.port                     | 0    | MITTARI_SMTP_PORT must be a whole number from 1 to 65535, was 0",
                "mittari.mail.messages-per-minute      | 20000 | MITTARI_MAIL_MESSAGES_PER_MINUTE must be a whole number from 1 to 10000, was 20000",
                "mittari.indicators.suppression.min-count | 0 | MITTARI_SUPPRESSION_MIN_COUNT must be a whole number ≥ 1, was 0",
                "mittari.time-zone                     | Europe/Helsinky | MITTARI_TIME_ZONE=Europe/Helsinky is not a time zone"
            })
    void aWrongSettingStopsTheStartNamingTheVariable(String property, String value, String message) {
        assertThatThrownBy(() -> ApplicationContext.builder()
                        .environments("test")
                        .properties(Map.of(property, value))
                        .start()
                        .close())
                .hasStackTraceContaining(message);
    }
}
