package org.haven.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.haven.DemoAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at a real browser with its language set: signs in, goes to an address and
 * waits as a person would, until Haven has answered.
 */
final class BrowserUser implements AutoCloseable {

	/** Where screenshots go, for a person to look at after the build. */
	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String SETTLED = """
			const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
			if (!clients) { return false; }
			return Object.values(clients).every(client => !client.isActive || !client.isActive());
			""";

	final ChromeDriver browser;

	private final int port;

	private BrowserUser(ChromeDriver browser, int port) {
		this.browser = browser;
		this.port = port;
	}

	static BrowserUser start(int port, String language) {
		return new BrowserUser(Chromium.start(language), port);
	}

	/** Opens the sign-in page, leaving it to the caller to change its language. */
	void openSignIn() {
		go("/login");
		visible(By.cssSelector("vaadin-login-form input[name='username']"));
	}

	void signIn(String username) {
		openSignIn();
		signInHere(username);
	}

	/** Signs in on the sign-in page already shown. */
	void signInHere(String username) {
		visible(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
		this.browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
			.sendKeys(DemoAccounts.PASSWORD);
		this.browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
		visible(By.id("main-navigation"));
		settle();
	}

	void signOut() {
		this.browser.manage().deleteAllCookies();
	}

	void go(String path) {
		this.browser.get("http://localhost:" + this.port + path);
		settle();
	}

	/** Waits until Haven's page is loaded and the server has answered every request. */
	void settle() {
		waitUntil(driver -> Boolean.TRUE.equals(this.browser.executeScript(SETTLED)));
	}

	/**
	 * Waits, at most a few seconds, for the view's title: on a loaded machine the Flow
	 * client can look idle before its first answer has set it. A view without a title
	 * still ends up without one, for the caller to find.
	 */
	void awaitTitle() {
		try {
			new WebDriverWait(this.browser, Duration.ofSeconds(5))
				.until(driver -> !String.valueOf(this.browser.getTitle()).isBlank());
		}
		catch (TimeoutException untitled) {
			// reported by whoever checks the title
		}
	}

	WebElement visible(By target) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(target));
	}

	<T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	/** Writes what the browser shows to {@code target/screenshots/<name>.png}. */
	Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, this.browser.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
	}

	@Override
	public void close() {
		this.browser.quit();
	}

}
