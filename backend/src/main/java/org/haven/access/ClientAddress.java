package org.haven.access;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * The network address a sign-in attempt came from, as {@link SignInThrottle} counts it:
 * an IPv4 address as it is, an IPv6 address by its /64 prefix, since whoever holds one
 * IPv6 address usually holds the whole /64 and could otherwise start a fresh count with
 * every attempt. It is the request's remote address: forwarded headers count only when
 * they come from a proxy the installation trusts. Never logged, never in the audit trail.
 */
record ClientAddress(String value) {

	/** Attempts whose address is not known (none came over HTTP) share one count. */
	static final ClientAddress UNKNOWN = new ClientAddress("unknown");

	static ClientAddress of(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return UNKNOWN;
		}
		InetAddress address;
		try {
			// a literal only: never a name that would be looked up
			address = InetAddress.ofLiteral(remoteAddress.strip());
		}
		catch (IllegalArgumentException notAnAddress) {
			return UNKNOWN;
		}
		if (address instanceof Inet6Address) {
			byte[] bytes = address.getAddress();
			StringBuilder prefix = new StringBuilder();
			for (int group = 0; group < 4; group++) {
				prefix.append(Integer.toHexString(((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff)))
					.append(':');
			}
			return new ClientAddress(prefix.append(":/64").toString());
		}
		if (address instanceof Inet4Address) {
			return new ClientAddress(address.getHostAddress());
		}
		return UNKNOWN;
	}

	@Override
	public String toString() {
		return "ClientAddress[...]";
	}

}
