package org.haven.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The monitoring endpoints, on the management port (docs/admin/monitoring.md): health
 * answers anyone who can reach that port, with UP or DOWN and nothing more; the metrics
 * only a scraper presenting the configured token, and nobody at all while none is
 * configured. Nothing there opens a session or reaches a screen.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringSecurity {

	static final String SCRAPER = "METRICS_SCRAPER";

	/** Shorter tokens can be guessed from the network the metrics travel on. */
	static final int SHORTEST_TOKEN = 32;

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain monitoring(HttpSecurity http, ManagementPort managementPort,
			@Value("${haven.metrics.token:}") String token) throws Exception {
		ScraperToken scraper = ScraperToken.of(token);
		return http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(), managementPort::receives))
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.requestMatchers(EndpointRequest.to("prometheus"))
				.hasAuthority(SCRAPER)
				.anyRequest()
				.denyAll())
			.addFilterBefore(scraper.filter(), AuthorizationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(
					errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.headers(headers -> headers.cacheControl(cache -> {
			}))
			.build();
	}

	@Bean
	ManagementPort managementPort() {
		return new ManagementPort();
	}

	/**
	 * The port the management server listens on, once it does: whatever arrives there and
	 * is no exposed endpoint is refused here, never sent on to the screens' sign-in.
	 */
	static final class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

		private volatile int port = -1;

		@Override
		public void onApplicationEvent(WebServerInitializedEvent event) {
			if ("management".equals(event.getApplicationContext().getServerNamespace())) {
				this.port = event.getWebServer().getPort();
			}
		}

		boolean receives(HttpServletRequest request) {
			return request.getLocalPort() == this.port;
		}

	}

	/** The scraper's token, kept only as its digest. */
	record ScraperToken(byte[] digest) {

		static ScraperToken of(String configured) {
			if (configured.isBlank()) {
				return new ScraperToken(new byte[0]);
			}
			if (configured.strip().length() < SHORTEST_TOKEN) {
				throw new IllegalStateException("haven.metrics.token (HAVEN_METRICS_TOKEN) must be at least "
						+ SHORTEST_TOKEN + " characters long: generate one with 'openssl rand -hex 32'");
			}
			return new ScraperToken(sha256(configured.strip()));
		}

		boolean matches(String presented) {
			return this.digest.length > 0 && MessageDigest.isEqual(this.digest, sha256(presented));
		}

		OncePerRequestFilter filter() {
			return new OncePerRequestFilter() {
				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						FilterChain chain) throws ServletException, IOException {
					String header = request.getHeader(HttpHeaders.AUTHORIZATION);
					if (header != null && header.startsWith("Bearer ") && matches(header.substring(7).strip())) {
						SecurityContextHolder.getContext()
							.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics scraper",
									null, List.of(new SimpleGrantedAuthority(SCRAPER))));
					}
					chain.doFilter(request, response);
				}
			};
		}

		private static byte[] sha256(String text) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
