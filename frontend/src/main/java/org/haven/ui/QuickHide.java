package org.haven.ui;

import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessEventPublishingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Quick hide: a caseworker who must hide Haven at once presses the button in the top bar
 * or the shortcut. The browser blanks the page itself, before any request, and then
 * replaces the address with {@link #PATH}, which ends the session here and sends the
 * browser on to {@link #NEUTRAL_PAGE}, an ordinary-looking page that names nothing of
 * Haven. The sign-out is audited like any other.
 */
public final class QuickHide {

	/**
	 * Ends the session. A GET, so that the browser can go there with
	 * {@code location.replace} and no form: a forged request can only sign someone out.
	 */
	public static final String PATH = "/quick-hide";

	/** Public, static, and without Haven's name, logo or styles. */
	public static final String NEUTRAL_PAGE = "/weather.html";

	/**
	 * The script that hides the page in the browser and listens for the shortcut. Public:
	 * it holds nothing but this behaviour.
	 */
	static final String SCRIPT_PATH = "/quick-hide.js";

	static final String SCRIPT = "context://quick-hide.js";

	/**
	 * Left in the browser by quick hide, until it closes: the next sign-in there must ask
	 * for the password, even where an identity provider's single sign-on would let the
	 * person straight back in.
	 */
	public static final String SIGN_IN_AGAIN_COOKIE = "sign-in-again";

	/** The button's id, which the script listens for. */
	static final String BUTTON_ID = "quick-hide";

	private QuickHide() {
	}

	/**
	 * A local sign-out only, also with Keycloak: going on to Keycloak's sign-out would
	 * put Haven's sign-in page on the screen.
	 */
	static LogoutFilter filter(ApplicationContext context) {
		SecurityContextHolderStrategy securityContexts = context.getBeanProvider(SecurityContextHolderStrategy.class)
			.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
		SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();
		signOut.setSecurityContextHolderStrategy(securityContexts);
		LogoutSuccessEventPublishingLogoutHandler audited = new LogoutSuccessEventPublishingLogoutHandler();
		audited.setApplicationEventPublisher(context);
		SimpleUrlLogoutSuccessHandler toNeutralPage = new SimpleUrlLogoutSuccessHandler();
		toNeutralPage.setDefaultTargetUrl(NEUTRAL_PAGE);
		toNeutralPage.setAlwaysUseDefaultTargetUrl(true);
		LogoutFilter filter = new LogoutFilter(toNeutralPage, signOut, audited, QuickHide::askForTheNextSignIn);
		filter.setSecurityContextHolderStrategy(securityContexts);
		filter.setLogoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, PATH));
		return filter;
	}

	private static void askForTheNextSignIn(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		Cookie cookie = new Cookie(SIGN_IN_AGAIN_COOKIE, "1");
		cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	/** Whether quick hide was used in this browser since it was last opened. */
	public static boolean wasUsed(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies != null
				&& Arrays.stream(cookies).anyMatch(cookie -> cookie.getName().equals(SIGN_IN_AGAIN_COOKIE));
	}

}
