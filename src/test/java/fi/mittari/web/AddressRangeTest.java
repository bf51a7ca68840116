package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class AddressRangeTest {

    @Test
    void aBlockHoldsTheAddressesOfItsPrefixOnly() throws UnknownHostException {
        AddressRange docker = AddressRange.parse(" 172.16.0.0/12 ");

        assertThat(docker.contains(InetAddress.getByName("172.16.0.1"))).isTrue();
        assertThat(docker.contains(InetAddress.getByName("172.31.255.254"))).isTrue();
        assertThat(docker.contains(InetAddress.getByName("172.32.0.1"))).isFalse();
        assertThat(docker.contains(InetAddress.getByName("10.0.0.1"))).isFalse();
    }

    @Test
    void aSingleAddressHoldsOnlyItselfAndIpv4NeverMatchesIpv6() throws UnknownHostException {
        AddressRange proxy = AddressRange.parse("10.0.0.5");
        AddressRange loopback6 = AddressRange.parse("::1");

        assertThat(proxy.contains(InetAddress.getByName("10.0.0.5"))).isTrue();
        assertThat(proxy.contains(InetAddress.getByName("10.0.0.6"))).isFalse();
        assertThat(loopback6.contains(InetAddress.getByName("::1"))).isTrue();
        assertThat(loopback6.contains(InetAddress.getByName("127.0.0.1"))).isFalse();
        assertThat(AddressRange.parse("fd00::/8").contains(InetAddress.getByName("fd12:3456::1")))
                .isTrue();
    }

    @Test
    void aHostNameOrABadPrefixIsRefusedWithTheEntryAndWhy() {
        assertThatThrownBy(() -> AddressRange.parse("proxy.example.fi"))
                .hasMessageContaining("MITTARI_TRUSTED_PROXIES")
                .hasMessageContaining("\"proxy.example.fi\" is not an IP address");
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).hasMessageContaining("prefix length must be 0–32");
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/x")).hasMessageContaining("is not a number");
    }

    @Test
    void theSettingIsACommaSeparatedListAndMayBeEmpty() {
        assertThat(TrustedProxies.parse("")).isEmpty();
        assertThat(TrustedProxies.parse("10.0.0.0/8, 192.168.1.10,")).hasSize(2);
    }
}
