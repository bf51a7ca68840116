package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    private static PublicAddress address(String setting) {
        var settings = new PublicAddressSettings(setting, "");
        return new PublicAddress(settings, new TrustedProxies(settings, request -> "http://localhost"));
    }

    @Test
    void linksAreMadeFromTheSettingWithoutItsLastSlash() {
        var address = address("https://kysely.yhdistys.fi/mittari/");

        assertThat(address.of("/i/abc")).isEqualTo("https://kysely.yhdistys.fi/mittari/i/abc");
        assertThat(address.startupWarning()).isEmpty();
    }

    @Test
    void unsetThereIsNoLinkWithoutARequestAndTheStartWarnsWhatToSet() {
        var address = address("");

        assertThat(address.configured()).isEmpty();
        assertThatThrownBy(() -> address.of("/i/abc"))
                .isInstanceOf(PublicAddressUnknown.class)
                .hasMessageContaining("MITTARI_PUBLIC_URL is not set");
        assertThat(address.startupWarning())
                .hasValueSatisfying(w -> assertThat(w).contains("MITTARI_PUBLIC_URL is not set"));
    }

    @Test
    void anAddressOnThisMachineWarnsThatLinksWorkOnlyHere() {
        for (String local : new String[] {"http://localhost:8080", "http://127.0.0.1", "http://[::1]:8080/"}) {
            assertThat(address(local).startupWarning()).as(local).hasValueSatisfying(w -> assertThat(w)
                    .contains("work only on this machine"));
        }
        assertThat(PublicAddress.isLoopback("https://localhost.example.fi")).isFalse();
    }

    @Test
    void anAddressThatIsNotAnHttpAddressStopsTheStartWithTheReason() {
        assertThatThrownBy(() -> address("kysely.yhdistys.fi")).hasMessageContaining("must be an http:// or https://");
        assertThatThrownBy(() -> address("ftp://kysely.yhdistys.fi")).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> address("https://kysely.yhdistys.fi/?x=1")).hasMessageContaining("no ?query");
    }
}
