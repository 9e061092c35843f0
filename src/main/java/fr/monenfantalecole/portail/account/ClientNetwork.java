package fr.monenfantalecole.portail.account;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

/**
 * The network a login attempt comes from, as the throttle counts it: an IPv4 address as is, an IPv6
 * address by its /64 prefix. A single IPv6 subscriber (a home, a server) is given a whole /64, so
 * keying on the full address would hand an attacker 2^64 fresh budgets. IPv4 written as IPv6
 * (::ffff:a.b.c.d) is the IPv4 address.
 */
final class ClientNetwork {

    private ClientNetwork() {}

    static String of(String address) {
        InetAddress parsed;
        try {
            // A literal only: never a DNS lookup.
            parsed = InetAddress.ofLiteral(address.strip());
        } catch (IllegalArgumentException notAnAddress) {
            return address;
        }
        if (parsed instanceof Inet6Address) {
            byte[] prefix = Arrays.copyOf(parsed.getAddress(), 16);
            Arrays.fill(prefix, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            } catch (java.net.UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return ((Inet4Address) parsed).getHostAddress();
    }
}
