package org.haven.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.haven.access.Role;
import org.haven.access.SignInRefusedException;
import org.haven.audit.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language has every text, and every text the code asks for exists. */
class TranslationTests {

	static final Properties ENGLISH = load("/i18n/messages.properties");

	static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

	static Stream<Locale> translations() {
		return Languages.SUPPORTED.stream().filter(language -> !language.equals(Languages.ENGLISH));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("translations")
	void every_language_has_exactly_the_keys_of_english(Locale language) {
		assertThat(bundle(language).stringPropertyNames()).as("keys of %s", resource(language))
			.containsExactlyInAnyOrderElementsOf(ENGLISH.stringPropertyNames());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("translations")
	void no_text_is_empty(Locale language) {
		Stream.of(ENGLISH, bundle(language))
			.forEach(bundle -> assertThat(bundle.stringPropertyNames())
				.allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank()));
	}

	/**
	 * Words each language writes exactly as English does: the only texts that may read
	 * the same, besides the product's name, the languages' own names and texts without a
	 * word (numbers, ranges, placeholders).
	 */
	static final Map<Locale, Set<String>> SPELLED_AS_IN_ENGLISH = Map.of(Languages.FRENCH,
			Set.of("Action", "Action (code)", "Actions", "Code", "Corruption", "Discrimination", "Marginalisation",
					"Multiple", "Notes", "Position", "Psychosocial", "Service", "Situation", "situation", "Version"),
			Languages.SPANISH, Set.of("No", "Roles"));

	static final Pattern A_WORD = Pattern.compile("\\p{L}{2,}");

	@ParameterizedTest(name = "{0}")
	@MethodSource("translations")
	void no_text_is_left_in_english(Locale language) {
		Properties translated = bundle(language);
		Set<String> allowed = SPELLED_AS_IN_ENGLISH.getOrDefault(language, Set.of());
		Set<String> untranslated = ENGLISH.stringPropertyNames()
			.stream()
			.filter(key -> !key.equals("app.name") && !key.startsWith("language."))
			.filter(key -> ENGLISH.getProperty(key).equals(translated.getProperty(key)))
			.filter(key -> A_WORD.matcher(ENGLISH.getProperty(key).replaceAll("\\{[^}]*}", "")).find())
			.filter(key -> !allowed.contains(ENGLISH.getProperty(key)))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(untranslated).as("texts of %s that read as in English", resource(language)).isEmpty();
	}

	/**
	 * A translation shows every value its English text shows: no placeholder lost, and no
	 * apostrophe that would make {@link MessageFormat} swallow the rest of the text.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("translations")
	void every_value_the_english_text_shows_is_shown_in_every_language(Locale language) {
		Properties translated = bundle(language);
		assertThat(ENGLISH.stringPropertyNames()).allSatisfy(key -> {
			Set<String> placeholders = placeholders(ENGLISH.getProperty(key));
			assertThat(placeholders(translated.getProperty(key, ""))).as("placeholders of %s", key)
				.isEqualTo(placeholders);
			if (!placeholders.isEmpty()) {
				Object[] values = placeholders.stream()
					.map(Integer::valueOf)
					.max(Integer::compare)
					.map(highest -> Stream.iterate(0, index -> index <= highest, index -> index + 1)
						.map(index -> (Object) ("\u27e6" + index + "\u27e7"))
						.toArray())
					.orElseThrow();
				String shown = new MessageFormat(translated.getProperty(key), language).format(values);
				placeholders.forEach(index -> assertThat(shown).as("%s shows value %s", key, index)
					.contains("\u27e6" + index + "\u27e7"));
			}
		});
	}

	@Test
	void in_arabic_a_case_code_or_a_name_set_in_a_sentence_is_isolated_from_its_direction() {
		Translations translations = new Translations();

		String arabic = translations.getTranslation("home.welcome", Languages.ARABIC, "Sam Supervisor");
		String english = translations.getTranslation("home.welcome", Languages.ENGLISH, "Sam Supervisor");

		assertThat(arabic).contains("\u2068Sam Supervisor\u2069");
		assertThat(english).isEqualTo("Welcome, Sam Supervisor");
		assertThat(Translations.isolated("{0} and {1,number}")).isEqualTo("\u2068{0}\u2069 and \u2068{1,number}\u2069");
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
	void every_action_of_the_audit_trail_has_its_text() {
		for (Action action : Action.values()) {
			assertThat(ENGLISH).containsKey("audit.action." + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		}
	}

	@Test
	void every_reason_to_refuse_a_sign_in_has_its_text() {
		for (SignInRefusedException.Reason reason : SignInRefusedException.Reason.values()) {
			assertThat(ENGLISH).containsKey(reason.messageKey());
		}
		assertThat(ENGLISH).containsKey("signin.refused.failed");
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher placeholder = PLACEHOLDER.matcher(text);
		while (placeholder.find()) {
			found.add(placeholder.group(1));
		}
		return found;
	}

	static String resource(Locale language) {
		return "/i18n/messages_" + language.getLanguage() + ".properties";
	}

	static Properties bundle(Locale language) {
		return load(resource(language));
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		InputStream stream = TranslationTests.class.getResourceAsStream(resource);
		assertThat(stream).as(resource).isNotNull();
		try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
