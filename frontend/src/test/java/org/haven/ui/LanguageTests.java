package org.haven.ui;

import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import org.haven.DemoAccounts;
import org.haven.TestAccounts;
import org.haven.ViewTest;
import org.haven.organisation.OrganisationService;
import org.haven.access.Role;
import org.haven.access.UserSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests extends ViewTest {

	/**
	 * Words of three or more Latin letters: in a Chinese screen they are untranslated
	 * text.
	 */
	static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

	/** Properties and attributes that a user reads or hears. */
	static final Set<String> READABLE = Set.of("label", "helperText", "errorMessage", "placeholder", "title",
			"aria-label", "accessibleName", "headerTitle", "text", "header", "alt");

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	OrganisationService organisation;

	/** The languages whose script tells untranslated English apart. */
	static final Map<Locale, String> SCRIPT = Map.of(Languages.CHINESE, "\\p{IsHan}", Languages.ARABIC, "\\p{IsArabic}",
			Languages.RUSSIAN, "\\p{IsCyrillic}");

	static Stream<Arguments> everyRouteWithARoleThatMayOpenItInEveryOtherScript() {
		return everyRouteWithARoleThatMayOpenItIn(List.of(Languages.CHINESE, Languages.ARABIC, Languages.RUSSIAN));
	}

	static Stream<Arguments> everyRouteWithARoleThatMayOpenItInEveryLanguage() {
		return everyRouteWithARoleThatMayOpenItIn(Languages.SUPPORTED);
	}

	private static Stream<Arguments> everyRouteWithARoleThatMayOpenItIn(List<Locale> languages) {
		return RouteAccessTests.WHO_MAY_OPEN.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.flatMap(entry -> languages.stream()
				.map(language -> Arguments.of(entry.getKey(), entry.getValue().iterator().next(), language)));
	}

	/** Opens the route as someone of that role, with the screen in that language. */
	private void openIn(String route, Role role, Locale language) {
		String address = addressOf(route);
		signInAs(RouteAccessTests.ACCOUNT_OF.get(role), role);
		VaadinSession.getCurrent().setLocale(language);
		UI.getCurrent().setLocale(language);
		open(address);
		// a view already on screen, like the sign-in the test starts on, is reused by
		// navigation
		UI.getCurrent().refreshCurrentRoute(true);
		assertThat(getCurrentView()).isNotInstanceOf(NotFoundView.class);
	}

	@ParameterizedTest(name = "\"{0}\" as {1} in {2}")
	@MethodSource("everyRouteWithARoleThatMayOpenItInEveryOtherScript")
	void a_screen_in_another_script_shows_no_untranslated_text(String route, Role role, Locale language) {
		openIn(route, role, language);

		Set<String> data = this.testAccounts.asAdministrator(() -> knownData());
		List<String> texts = readableTexts(UI.getCurrent());
		assertThat(texts).as("the screen's texts").anyMatch(text -> text.matches(".*" + SCRIPT.get(language) + ".*"));
		List<String> untranslated = texts.stream()
			.filter(text -> LATIN_WORD.matcher(withoutData(text, data)).find())
			.toList();
		assertThat(untranslated).as("texts in English on a screen in %s", language).isEmpty();
		List<String> months = List.of(DateFormatSymbols.getInstance(language).getMonths()).subList(0, 12);
		assertThat(datePickers(UI.getCurrent())).as("date pickers").allSatisfy(picker -> {
			assertThat(picker.getI18n()).as(picker.getId().orElse("a date picker")).isNotNull();
			assertThat(picker.getI18n().getMonthNames()).isEqualTo(months);
			assertThat(picker.getI18n().getBadInputErrorMessage())
				.isEqualTo(new Translations().getTranslation("date.bad-input", language));
		});
	}

	private static List<DatePicker> datePickers(UI ui) {
		List<DatePicker> found = new ArrayList<>();
		ui.getChildren().forEach(top -> collectDatePickers(top, found));
		return found;
	}

	private static void collectDatePickers(Component component, List<DatePicker> found) {
		if (component instanceof DatePicker picker) {
			found.add(picker);
		}
		component.getChildren().forEach(child -> collectDatePickers(child, found));
	}

	@ParameterizedTest(name = "\"{0}\" as {1} in {2}")
	@MethodSource("everyRouteWithARoleThatMayOpenItInEveryLanguage")
	void no_screen_shows_a_message_key_in_any_language(String route, Role role, Locale language) {
		openIn(route, role, language);

		assertThat(readableTexts(UI.getCurrent())).as("texts on the screen in %s", language)
			.noneMatch(text -> RAW_KEY.matcher(text).find());
	}

	/** What {@link Translations} shows for a key that has no text. */
	static final Pattern RAW_KEY = Pattern.compile("![a-z][a-z0-9-]*(\\.[a-z0-9_-]+)+!");

	@Test
	void the_language_a_user_chooses_applies_at_once_and_is_remembered_for_the_next_sign_in() {
		signInAs(DemoAccounts.AUDITOR, Role.AUDITOR);
		open("");
		LanguageSwitch languageSwitch = find(LanguageSwitch.class).id("language-switch");

		test(languageSwitch).selectItem("中文");

		assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("zh");
		assertThat(find(H1.class).all().getFirst().getText()).startsWith("欢迎");
		assertThat(this.testAccounts.languageOf(DemoAccounts.AUDITOR)).hasValue("zh");
		test(find(LanguageSwitch.class).id("language-switch")).selectItem("English");
		assertThat(this.testAccounts.languageOf(DemoAccounts.AUDITOR)).hasValue("en");
	}

	@Test
	void in_arabic_every_screen_reads_right_to_left_in_arabic_and_in_english_left_to_right_again() {
		signInAs(DemoAccounts.AUDITOR, Role.AUDITOR);
		open("");

		test(find(LanguageSwitch.class).id("language-switch")).selectItem("العربية");

		assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
		List<String> sent = pageSettingsLastSent();
		assertThat(sent).containsExactly("rtl", "ar");
		test(find(LanguageSwitch.class).id("language-switch")).selectItem("English");
		assertThat(pageSettingsLastSent()).containsExactly("ltr", "en");
		assertThat(this.testAccounts.languageOf(DemoAccounts.AUDITOR)).hasValue("en");
	}

	/**
	 * What the server last told the browser to set as the page's direction and language,
	 * in that order.
	 */
	private static List<String> pageSettingsLastSent() {
		List<PendingJavaScriptInvocation> sent = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
		return Stream.of("document.dir", "documentElement.lang")
			.map(setting -> sent.stream()
				.map(PendingJavaScriptInvocation::getInvocation)
				.filter(invocation -> invocation.getExpression().contains(setting))
				.map(invocation -> String.valueOf(invocation.getParameters().getFirst()))
				.reduce((earlier, later) -> later)
				.orElse("nothing"))
			.toList();
	}

	private Set<String> knownData() {
		List<UserSummary> accounts = this.testAccounts.all();
		Set<String> data = accounts.stream().map(UserSummary::username).collect(Collectors.toSet());
		accounts.forEach(account -> data.add(account.displayName()));
		data.add("Haven");
		// offices and teams are named by the organisation's administrators, in their
		// language
		this.organisation.teams().forEach(team -> {
			data.add(team.name());
			data.add(team.officeName());
		});
		// names of a product and a file format read the same in every language
		data.add("Keycloak");
		data.add("CSV");
		// each language is named in its own language in the switch
		Languages.SUPPORTED.forEach(language -> data
			.add(new Translations().getTranslation("language." + language.getLanguage(), language)));
		// keys are named as printed on every keyboard, as in quick hide's shortcut
		data.add("Esc");
		data.add("Ctrl+Shift+H");
		return data;
	}

	/**
	 * Pseudonymous codes are data, not text: P-7KQ2-M9XD and C-4G7R-NBNF read the same in
	 * every language.
	 */
	static final Pattern CODE = Pattern.compile("[PC]-[0-9A-Z]{4}-[0-9A-Z]{4}");

	private static String withoutData(String text, Set<String> data) {
		String remaining = CODE.matcher(text).replaceAll("");
		for (String value : data.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
			remaining = remaining.replace(value, "");
		}
		return remaining;
	}

	private static List<String> readableTexts(UI ui) {
		List<String> texts = new ArrayList<>();
		ui.getChildren().forEach(top -> collect(top.getElement(), texts));
		return texts;
	}

	private static void collect(Element element, List<String> texts) {
		if (element.isTextNode()) {
			texts.add(element.getText());
			return;
		}
		element.getPropertyNames()
			.filter(READABLE::contains)
			.map(name -> element.getProperty(name, ""))
			.forEach(texts::add);
		element.getAttributeNames().filter(READABLE::contains).map(element::getAttribute).forEach(texts::add);
		element.getChildren().forEach(child -> collect(child, texts));
	}

}
