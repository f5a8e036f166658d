package org.haven.person.ui;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.haven.casefile.CaseDetails;
import org.haven.crypto.KeyVersion;
import org.haven.crypto.RotationProgress;
import org.haven.person.AgeBand;
import org.haven.person.Disability;
import org.haven.person.DocumentType;
import org.haven.person.DuplicateCandidate;
import org.haven.person.ErasureReason;
import org.haven.person.Gender;
import org.haven.person.MigrationStatus;
import org.haven.person.Profile;
import org.haven.person.VulnerabilityFactor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every coded value a screen can show has a label in every language. */
class CodedValuesTranslationTests {

	static final List<Class<? extends Enum<?>>> CODED = List.of(Gender.class, AgeBand.class, Disability.class,
			MigrationStatus.class, VulnerabilityFactor.class, DocumentType.class, ErasureReason.class,
			DuplicateCandidate.Match.class, CaseDetails.Part.class);

	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = { "/i18n/messages.properties", "/i18n/messages_ar.properties", "/i18n/messages_zh.properties",
					"/i18n/messages_fr.properties", "/i18n/messages_ru.properties", "/i18n/messages_es.properties" })
	void every_coded_value_has_a_label(String bundle) {
		Properties texts = load(bundle);
		CODED.stream()
			.flatMap(type -> Stream.of(type.getEnumConstants()))
			.forEach(value -> assertThat(texts).containsKey(Labels.keyOf(value)));
		Profile.NATIONALITY_ANSWERS
			.forEach(answer -> assertThat(texts).containsKey("code.nationality." + answer.toLowerCase(Locale.ROOT)));
		Stream.of(KeyVersion.Status.values())
			.forEach(status -> assertThat(texts).containsKey("keys.status." + status.name().toLowerCase(Locale.ROOT)));
		Stream.of(RotationProgress.Keyset.values())
			.forEach(keyset -> assertThat(texts).containsKey("keys.keyset." + keyset.name().toLowerCase(Locale.ROOT)));
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(CodedValuesTranslationTests.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
