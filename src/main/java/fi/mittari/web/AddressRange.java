package fi.mittari.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * One entry of {@code MITTARI_TRUSTED_PROXIES}: an IPv4 or IPv6 address ("10.0.0.5", "::1") or a block of them in CIDR
 * notation ("172.16.0.0/12"). Only literal addresses: a host name would be looked up in DNS at every request.
 */
record AddressRange(byte[] network, int prefixLength) {

    static AddressRange parse(String text) {
        String entry = text.strip();
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        if (address.isEmpty() || !address.matches("[0-9A-Fa-f:.]+")) {
            throw refused(text, "not an IP address or CIDR block");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw refused(text, "not an IP address");
        }
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw refused(text, "the prefix length after / is not a number");
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw refused(text, "the prefix length must be 0–" + bytes.length * 8);
            }
        }
        return new AddressRange(bytes, prefix);
    }

    boolean contains(InetAddress address) {
        byte[] other = address.getAddress();
        if (other.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        if (!Arrays.equals(other, 0, full, network, 0, full)) {
            return false;
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (other[full] & mask) == (network[full] & mask);
    }

    private static IllegalArgumentException refused(String text, String why) {
        return new IllegalArgumentException(
                "MITTARI_TRUSTED_PROXIES: \"" + text.strip() + "\" is " + why + " (e.g. 10.0.0.5 or 172.16.0.0/12)");
    }
}
