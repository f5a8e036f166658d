package org.haven.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's chromium and chromium-driver, headless. Where they are missing a test is
 * skipped with a message saying so, except where {@code HAVEN_REQUIRE_BROWSER=true} (as
 * in CI): there it fails.
 */
public final class Chromium {

	static final Path BROWSER = Path.of(System.getenv().getOrDefault("HAVEN_CHROMIUM", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getenv().getOrDefault("HAVEN_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private Chromium() {
	}

	public static ChromeDriver start(String language) {
		boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
		if (!present && Boolean.parseBoolean(System.getenv("HAVEN_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("HAVEN_REQUIRE_BROWSER is set but " + BROWSER + " or " + DRIVER
					+ " is missing: install Debian's chromium and chromium-driver (.ci/run does)");
		}
		if (!present) {
			System.err.println("SKIPPED browser test: " + BROWSER + " or " + DRIVER
					+ " is missing (apt-get install chromium chromium-driver)");
		}
		assumeTrue(present, "chromium and chromium-driver are not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--lang=" + language);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

}
