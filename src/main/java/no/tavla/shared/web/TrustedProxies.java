package no.tavla.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import no.tavla.shared.ConfigurationProblem;

/**
 * The proxies whose {@code X-Forwarded-*} headers Tavla believes ({@code TAVLA_TRUSTED_PROXIES}): IP addresses and
 * IPv4 ranges in CIDR notation, comma-separated. A header from anyone else is ignored, so no intranet client can
 * make the public feed, a QR code or the sign-in redirect point at another host. Tomcat's {@code RemoteIpValve} takes a
 * regular expression; this turns the operator's list into one.
 */
public final class TrustedProxies {

    /** Loopback only: a proxy on the same machine. */
    public static final String DEFAULT = "127.0.0.1,::1";

    private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");

    private TrustedProxies() {
    }

    /**
     * The regular expression that matches exactly the listed addresses and ranges, as Tomcat writes a remote address.
     *
     * @throws ConfigurationProblem naming the entry that is neither an address nor an IPv4 range
     */
    public static String regex(String setting) {
        String list = setting == null || setting.isBlank() ? DEFAULT : setting;
        List<String> parts = new ArrayList<>();
        for (String raw : list.split(",")) {
            String entry = raw.strip();
            if (!entry.isEmpty()) {
                parts.add(entryRegex(entry));
            }
        }
        if (parts.isEmpty()) {
            throw problem(setting);
        }
        return String.join("|", parts);
    }

    private static String entryRegex(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        if (IPV4.matcher(address).matches()) {
            int[] octets = octets(address, entry);
            int prefix = slash < 0 ? 32 : prefix(entry.substring(slash + 1), 32, entry);
            return ipv4Range(octets, prefix);
        }
        if (address.contains(":") && slash < 0) {
            try {
                // Tomcat writes IPv6 addresses in full (0:0:0:0:0:0:0:1), whichever way the operator wrote them
                return Pattern.quote(InetAddress.getByName(address).getHostAddress());
            } catch (UnknownHostException | SecurityException e) {
                throw problem(entry);
            }
        }
        throw problem(entry);
    }

    private static int[] octets(String address, String entry) {
        String[] parts = address.split("\\.");
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            octets[i] = Integer.parseInt(parts[i]);
            if (octets[i] > 255) {
                throw problem(entry);
            }
        }
        return octets;
    }

    private static int prefix(String text, int max, String entry) {
        if (!text.matches("\\d{1,2}")) {
            throw problem(entry);
        }
        int prefix = Integer.parseInt(text);
        if (prefix > max) {
            throw problem(entry);
        }
        return prefix;
    }

    /** Whole octets inside the prefix are fixed, the octet it cuts is the list of its values, the rest is any. */
    private static String ipv4Range(int[] octets, int prefix) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            if (i > 0) {
                regex.append("\\.");
            }
            int bits = Math.max(0, Math.min(8, prefix - 8 * i));
            if (bits == 8) {
                regex.append(octets[i]);
            } else if (bits == 0) {
                regex.append("\\d{1,3}");
            } else {
                int size = 1 << (8 - bits);
                int first = octets[i] & ~(size - 1);
                List<String> values = new ArrayList<>();
                for (int value = first; value < first + size; value++) {
                    values.add(String.valueOf(value));
                }
                regex.append('(').append(String.join("|", values)).append(')');
            }
        }
        return regex.toString();
    }

    private static ConfigurationProblem problem(String entry) {
        return new ConfigurationProblem("TAVLA_TRUSTED_PROXIES", "has an entry that is neither an IP address nor an"
                + " IPv4 range: " + entry, "List the reverse proxies' addresses, comma-separated, e.g."
                + " 10.0.0.5,10.0.1.0/24 (IPv6: exact addresses).");
    }
}
