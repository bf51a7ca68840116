package fi.mittari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value that cannot be converted at all stops the start with a line naming the variable, not only the property. */
class UnreadableSettingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mittari.smtp.port | abc | MITTARI_SMTP_PORT (mittari.smtp.port)=abc is not a whole number",
                "mittari.indicators.suppression.min-count | five"
                        + " | MITTARI_SUPPRESSION_MIN_COUNT (mittari.indicators.suppression.min-count)=five is not a"
                        + " whole number",
                "mittari.sessions.fresh-for | soon"
                        + " | MITTARI_SESSIONS_FRESH_FOR (mittari.sessions.fresh-for)=soon is not a duration such as"
                        + " 30s, 10m or 2h"
            })
    void aFailedConversionIsExplainedByTheVariableToFix(String property, String value, String message) {
        Throwable failure = catchThrowable(() -> ApplicationContext.builder()
                .environments("test")
                .properties(Map.of(property, value))
                .start()
                .close());

        assertThat(UnreadableSetting.behind(failure))
                .hasValueSatisfying(setting -> assertThat(setting.message()).startsWith(message));
    }

    @Test
    void aFailureOfAnotherKindIsNotExplainedAsASetting() {
        assertThat(UnreadableSetting.behind(new IllegalStateException("the port is in use", new RuntimeException())))
                .isEmpty();
    }
}
