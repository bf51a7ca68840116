package fi.mittari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeZoneSettingTest {

    @Test
    void readsARegionOrUtc() {
        assertThat(TimeZoneSetting.parse("Pacific/Auckland")).isEqualTo(ZoneId.of("Pacific/Auckland"));
        assertThat(TimeZoneSetting.parse(" UTC ")).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void refusesAnUnknownZoneNamingTheSettingAndAnExample() {
        assertThatThrownBy(() -> TimeZoneSetting.parse("Europe/Helsinky"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("MITTARI_TIME_ZONE=Europe/Helsinky is not a time zone")
                .hasMessageContaining("such as Europe/Stockholm, or UTC");
    }
}
