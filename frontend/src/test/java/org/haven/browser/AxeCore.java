package org.haven.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Deque's axe-core, the accessibility engine, run inside the page the browser shows: it
 * checks the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA, inside Vaadin's shadow
 * roots too, and answers with the violations of impact "serious" or "critical".
 */
final class AxeCore {

	private static final String ENGINE = load("/axe.min.js");

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
				resultTypes: ['violations']
			}).then(results => done(results.violations
				.filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
				.map(violation => violation.impact + ' ' + violation.id + ': ' + violation.help + ' at '
					+ violation.nodes.slice(0, 3).map(node => JSON.stringify(node.target)
						+ ' (' + (node.failureSummary || '').replaceAll('\\n', ' ') + ')').join(', '))))
			  .catch(error => done(['axe-core failed: ' + error]));
			""";

	private AxeCore() {
	}

	/** The serious and critical violations on the page as it is now, one line each. */
	@SuppressWarnings("unchecked")
	static List<String> seriousViolations(ChromeDriver browser) {
		if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
			browser.executeScript(ENGINE);
		}
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		Object found = browser.executeAsyncScript(RUN);
		return (List<String>) found;
	}

	/** What axe-core found, for a failure message. */
	static String describe(Map<String, List<String>> violationsByPage) {
		StringBuilder text = new StringBuilder();
		violationsByPage.forEach((page, violations) -> {
			text.append('\n').append(page).append(':');
			violations.forEach(violation -> text.append("\n  ").append(violation));
		});
		return text.toString();
	}

	private static String load(String resource) {
		try (InputStream in = AxeCore.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing: com.deque.html.axe-core:selenium ships it");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
