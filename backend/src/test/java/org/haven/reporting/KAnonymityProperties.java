package org.haven.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haven.casefile.Answer;
import org.haven.person.AgeBand;
import org.haven.person.Gender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random persons, skewed so that small groups are common: the file written has no
 * group over the quasi-identifier columns smaller than k, counted from the file alone;
 * everyone is either in it or counted as left out; the cover sheet's k is the smallest
 * group; and nobody is left out who could have been kept by generalising within the
 * allowed share.
 */
class KAnonymityProperties {

	static final int K = 11;

	static final ExportProgress NEVER_CANCELLED = percent -> {
	};

	@Property(tries = 60)
	void every_group_of_the_file_holds_at_least_k_persons(@ForAll("persons") List<ResearchRecord> persons)
			throws IOException {
		KAnonymity.Result result = KAnonymity.anonymise(persons, K, NEVER_CANCELLED);
		CoverSheet cover = new CoverSheet(CoverSheet.FORMAT,
				new ReportPeriod(LocalDate.of(2030, 1, 1), LocalDate.of(2034, 12, 31)), persons.size(),
				result.kept().size(), result.leftOut(), K, result.achievedK(), result.levels());
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		CtdcFile.write(file, cover, result.kept(), NEVER_CANCELLED);

		List<Map<String, String>> rows = ResearchExportFiles
			.rows(ResearchExportFiles.entries(file.toByteArray()).get(CtdcFile.DATA));
		Map<List<String>, Integer> groups = ResearchExportFiles.groups(rows);
		assertThat(groups.values()).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(K));
		assertThat(rows.size() + result.leftOut()).isEqualTo(persons.size());
		assertThat(result.achievedK()).isEqualTo(groups.values().stream().mapToInt(Integer::intValue).min().orElse(0));
		if (persons.size() >= K) {
			assertThat(result.leftOut()).isLessThanOrEqualTo((int) (persons.size() * KAnonymity.LEFT_OUT_SHARE));
		}
	}

	@Provide
	Arbitrary<List<ResearchRecord>> persons() {
		Arbitrary<Gender> gender = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just(Gender.FEMININE)),
				net.jqwik.api.Tuple.of(6, Arbitraries.just(Gender.MASCULINE)),
				net.jqwik.api.Tuple.of(1, Arbitraries.of(Gender.values())));
		Arbitrary<AgeBand> age = Arbitraries.of(AgeBand.values()).injectNull(0.05);
		Arbitrary<String> citizenship = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.of("NG", "GH")),
				net.jqwik.api.Tuple.of(3, Arbitraries.of("ER", "ET", "VN", "TH", "RO", "UA", "BR")),
				net.jqwik.api.Tuple.of(1, Arbitraries.of("STATELESS", "UNKNOWN", "FR", "KH", "MX")));
		Arbitrary<Answer> countries = Arbitraries.of(Answer.of("IT"), Answer.of("GB"), Answer.of("IT", "FR"),
				Answer.of("TH"), Answer.unknown(), Answer.NOT_ASKED);
		Arbitrary<Integer> year = Arbitraries.integers().between(2030, 2034);
		Arbitrary<Answer> forms = Arbitraries.of(Answer.of("SEXUAL_EXPLOITATION"), Answer.of("FORCED_LABOUR"),
				Answer.of("FORCED_LABOUR", "SEXUAL_EXPLOITATION"), Answer.of("ORGAN_REMOVAL"), Answer.NOT_ASKED);
		Arbitrary<Answer> means = Arbitraries.of(Answer.of("DEBT_BONDAGE"), Answer.of("THREATS", "OTHER"),
				Answer.NOT_ASKED);
		Arbitrary<Answer> sectors = Arbitraries.of(Answer.of("AGRICULTURE"), Answer.of("SEX_INDUSTRY"),
				Answer.NOT_ASKED);
		Arbitrary<Answer> channels = Arbitraries.of(Answer.of("INTIMATE_PARTNER"), Answer.of("SOCIAL_MEDIA"),
				Answer.unknown());
		Arbitrary<ResearchRecord> person = Combinators
			.combine(gender, age, citizenship, year, forms, countries, means,
					Combinators.combine(sectors, channels).as((sector, channel) -> new Answer[] { sector, channel }))
			.as((g, a, c, y, f, e, m, rest) -> new ResearchRecord(g, a, c, y, f, e, m, rest[0], rest[1]));
		return person.list().ofMinSize(0).ofMaxSize(400);
	}

}
