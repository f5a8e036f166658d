package org.haven.ui;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} count only
 * when the connection comes from a proxy named in {@code HAVEN_TRUSTED_PROXIES}
 * (addresses or CIDR ranges, comma-separated; none by default). From anyone else they are
 * ignored, so that nobody but the reverse proxy decides which client address the audit
 * trail records, or whether a request came over TLS. The chain of {@code X-Forwarded-For}
 * is read from the right, skipping trusted proxies: what a client wrote at its left end
 * is never taken.
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxies {

	private static final Logger log = LoggerFactory.getLogger(TrustedProxies.class);

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> forwardedHeadersFromTrustedProxiesOnly(
			@Value("${haven.trusted-proxies:}") String setting) {
		List<String> ranges = parse(setting);
		return factory -> {
			if (ranges.isEmpty()) {
				log.info("No trusted proxies (HAVEN_TRUSTED_PROXIES): X-Forwarded-* headers are ignored");
				return;
			}
			RemoteIpValve valve = new RemoteIpValve();
			// with a '/' in it, Tomcat reads the list as CIDR ranges rather than a
			// regular expression
			valve.setInternalProxies(String.join(",", ranges));
			valve.setTrustedProxies(null);
			valve.setRemoteIpHeader("X-Forwarded-For");
			valve.setProtocolHeader("X-Forwarded-Proto");
			valve.setHostHeader("X-Forwarded-Host");
			valve.setPortHeader("X-Forwarded-Port");
			factory.addEngineValves(valve);
			log.info("X-Forwarded-* headers are taken from these proxies only: {}", ranges);
		};
	}

	/**
	 * The setting as CIDR ranges; an entry that is not an IP address or range stops
	 * start-up, since a mistyped proxy would silently trust nobody or the wrong one.
	 */
	static List<String> parse(String setting) {
		List<String> ranges = new ArrayList<>();
		if (setting == null || setting.isBlank()) {
			return ranges;
		}
		for (String entry : Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
			String[] parts = entry.split("/", -1);
			InetAddress address;
			try {
				// a literal only: never a name to look up
				address = parts.length <= 2 && parts[0].matches("[0-9A-Fa-f:.]+") ? InetAddress.ofLiteral(parts[0])
						: null;
			}
			catch (IllegalArgumentException ex) {
				address = null;
			}
			int maximum = address == null ? 0 : address.getAddress().length * 8;
			int bits = maximum;
			if (address != null && parts.length == 2) {
				bits = parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : -1;
			}
			if (address == null || bits < 0 || bits > maximum) {
				throw new IllegalStateException("HAVEN_TRUSTED_PROXIES: '" + entry
						+ "' is neither an IP address nor a CIDR range such as 10.0.0.0/8");
			}
			ranges.add(parts[0] + "/" + bits);
		}
		return List.copyOf(ranges);
	}

}
