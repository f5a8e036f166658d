package org.haven.ui;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.haven.access.Role;
import org.haven.access.SignInRefusedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language has every text, and every text the code asks for exists. */
class TranslationTests {

	static final Properties ENGLISH = load("/i18n/messages.properties");

	static final Properties CHINESE = load("/i18n/messages_zh.properties");

	static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

	@Test
	void chinese_has_exactly_the_keys_of_english() {
		assertThat(CHINESE.stringPropertyNames()).as("keys of messages_zh.properties")
			.containsExactlyInAnyOrderElementsOf(ENGLISH.stringPropertyNames());
	}

	@Test
	void no_text_is_empty() {
		Stream.of(ENGLISH, CHINESE)
			.forEach(bundle -> assertThat(bundle.stringPropertyNames())
				.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank()));
	}

	@Test
	void every_message_key_in_the_code_exists() throws IOException {
		Set<String> namespaces = ENGLISH.stringPropertyNames()
			.stream()
			.map(key -> key.substring(0, key.indexOf('.')))
			.collect(Collectors.toSet());
		Set<String> missing = new TreeSet<>();
		for (Path sources : Set.of(Path.of("src/main/java"), Path.of("../backend/src/main/java"))) {
			try (Stream<Path> files = Files.walk(sources)) {
				for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
					Matcher literal = STRING_LITERAL.matcher(Files.readString(file));
					while (literal.find()) {
						String candidate = literal.group(1);
						String namespace = candidate.substring(0, candidate.indexOf('.'));
						if (namespaces.contains(namespace) && !ENGLISH.containsKey(candidate)) {
							missing.add(candidate + " (" + file.getFileName() + ")");
						}
					}
				}
			}
		}
		assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
	}

	@Test
	void every_role_and_language_has_its_texts() {
		for (Role role : Role.values()) {
			String key = role.name().toLowerCase(Locale.ROOT);
			assertThat(ENGLISH).containsKeys(role.messageKey(), "home.role." + key);
		}
		for (Locale language : Languages.SUPPORTED) {
			assertThat(ENGLISH).containsKey("language." + language.getLanguage());
		}
	}

	@Test
	void every_reason_to_refuse_a_sign_in_has_its_text() {
		for (SignInRefusedException.Reason reason : SignInRefusedException.Reason.values()) {
			assertThat(ENGLISH).containsKey(reason.messageKey());
		}
		assertThat(ENGLISH).containsKey("signin.refused.failed");
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(TranslationTests.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
