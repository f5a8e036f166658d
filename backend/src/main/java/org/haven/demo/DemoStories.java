package org.haven.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.haven.assistance.ServiceStatus;
import org.haven.casefile.Answer;
import org.haven.casefile.CaseStatus;
import org.haven.casefile.Closure;
import org.haven.casefile.Needs;
import org.haven.casefile.NonPunishment;
import org.haven.casefile.Situation;
import org.haven.person.AgeBand;
import org.haven.person.Disability;
import org.haven.person.Gender;
import org.haven.person.Identity;
import org.haven.person.MigrationStatus;
import org.haven.person.Profile;
import org.haven.person.VulnerabilityFactor;
import org.haven.referral.ReferralStatus;
import org.jspecify.annotations.Nullable;

/**
 * The invented cases, each from its own fixed seed: the same index always tells the same
 * story, so a seeding interrupted and resumed, or run on another machine, makes the same
 * cases. Spread over sexes, ages (children too), nationalities, forms of exploitation,
 * means of control and recruitment channels (online ones too), sectors, consents,
 * services, referrals, assessments and how the cases end, with intakes over the three
 * years before {@code now}.
 */
final class DemoStories {

	static final Duration SPAN = Duration.ofDays(3 * 365);

	static final List<String> CONTROL_ONLINE = List.of("PHONE_MONITORING", "CONTROLS_ONLINE_ACCOUNTS",
			"THREATS_TO_PUBLISH_IMAGES", "LOCATION_TRACKING", "PAYMENT_THROUGH_APPS");

	private static final List<String> CONTROL_OFFLINE = List.of("DEBT_BONDAGE", "WITHHOLDS_DOCUMENTS", "THREATS",
			"THREATS_TO_FAMILY", "RESTRICTS_MOVEMENT", "TAKES_EARNINGS", "PSYCHOLOGICAL_ABUSE", "PHYSICAL_ABUSE",
			"FALSE_PROMISES", "EXCESSIVE_WORKING_HOURS", "SEXUAL_ABUSE", "THREAT_OF_LAW_ENFORCEMENT");

	private static final List<String> CHANNELS_OFFLINE = List.of("IN_PERSON", "FAMILY_OR_ACQUAINTANCE",
			"INTIMATE_PARTNER", "RECRUITMENT_AGENCY");

	private static final List<String> CHANNELS_ONLINE = List.of("SOCIAL_MEDIA", "JOB_PORTAL", "MESSAGING_APP",
			"DATING_APP", "ONLINE_ADVERTISEMENT");

	private static final List<String> NATIONALITIES = List.of("NG", "NG", "NG", "VN", "VN", "UA", "UA", "RO", "RO",
			"MD", "MD", "ER", "ER", "PH", "PH", "AL", "AL", "TH", "SY", "IN", "BR", "CN");

	private static final List<String> DESTINATIONS = List.of("GB", "GB", "FR", "IT", "DE", "ES", "TR", "AE");

	private static final List<String> NAMES = List.of("Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo",
			"Hazel", "Iris", "Juniper", "Kale", "Laurel", "Maple", "Nutmeg", "Olive", "Poplar", "Quince", "Rowan",
			"Sorrel", "Tansy", "Umber", "Violet", "Willow", "Yarrow", "Zinnia");

	/** What each recorded need is met with. */
	private static final Map<String, String> SERVICE_FOR = Map.of("SAFE_SHELTER", "SAFE_ACCOMMODATION", "MEDICAL_CARE",
			"MEDICAL_CARE", "PSYCHOSOCIAL_SUPPORT", "PSYCHOSOCIAL_COUNSELLING", "LEGAL_ADVICE", "LEGAL_ASSISTANCE",
			"FOOD_AND_CLOTHING", "FOOD_CLOTHING_ESSENTIALS", "INTERPRETATION", "INTERPRETATION", "IDENTITY_DOCUMENTS",
			"IDENTITY_DOCUMENTS", "FINANCIAL_SUPPORT", "FINANCIAL_ASSISTANCE", "SAFE_RETURN", "SAFE_RETURN_AND_TRAVEL");

	private static final List<String> NEEDS = List.of("SAFE_SHELTER", "SAFE_SHELTER", "MEDICAL_CARE",
			"PSYCHOSOCIAL_SUPPORT", "PSYCHOSOCIAL_SUPPORT", "LEGAL_ADVICE", "FOOD_AND_CLOTHING", "INTERPRETATION",
			"IDENTITY_DOCUMENTS", "FINANCIAL_SUPPORT", "SAFE_RETURN");

	/** The services the demo partners offer, and so are referred to them. */
	static final Set<String> BY_PARTNERS = Set.of("SAFE_ACCOMMODATION", "MEDICAL_CARE", "LEGAL_ASSISTANCE",
			"PSYCHOSOCIAL_COUNSELLING");

	private final long seed;

	private final int caseworkers;

	DemoStories(long seed, int caseworkers) {
		this.seed = seed;
		this.caseworkers = caseworkers;
	}

	/** The story of the case of that index, whose intake lies before {@code now}. */
	DemoStory story(int index, Instant now) {
		Random random = new Random(this.seed * 1_000_003L + index);
		Instant intake = now.minus(Duration.ofDays(2 + random.nextInt((int) SPAN.toDays())))
			.minus(Duration.ofMinutes(random.nextInt(8 * 60)));
		Duration age = Duration.between(intake, now);
		Gender gender = pick(random, 0.55, Gender.FEMININE, 0.34, Gender.MASCULINE, 0.03, Gender.TRANSGENDER_FEMININE,
				0.02, Gender.TRANSGENDER_MASCULINE, 0.02, Gender.NON_CONFORMING, 0.04, Gender.UNKNOWN);
		int years = random.nextDouble() < 0.22 ? 6 + random.nextInt(12) : 18 + random.nextInt(42);
		AgeBand band = AgeBand.of(years);
		String form = form(random, gender, band);
		Profile profile = new Profile(gender, null, band, NATIONALITIES.get(random.nextInt(NATIONALITIES.size())),
				List.of("en"), random.nextDouble() < 0.08 ? Disability.PHYSICAL : Disability.NONE,
				random.nextDouble() < 0.5 ? MigrationStatus.IRREGULAR_MIGRANT : MigrationStatus.REGULAR_MIGRANT,
				vulnerabilities(random, band));
		boolean recruitedOnline = random.nextDouble() < 0.4;
		Situation situation = new Situation(
				Answer.of("RECRUITMENT", random.nextBoolean() ? "TRANSPORTATION" : "HARBOURING"),
				Answer.of(random.nextBoolean() ? "DECEPTION" : "ABUSE_OF_VULNERABILITY"), Answer.of(form),
				Answer.of(controlMeans(random).toArray(String[]::new)),
				Answer.of(pickFrom(random, recruitedOnline ? CHANNELS_ONLINE : CHANNELS_OFFLINE)),
				Answer.of(sector(random, form)), Answer.of(profile.nationality()), Answer.NOT_ASKED,
				Answer.of(pickFrom(random, DESTINATIONS)), null, null,
				random.nextDouble() < 0.1 ? Answer.of("YES") : Answer.of("NO"));
		List<String> needs = needs(random);
		Needs told = new Needs(Answer.of(needs.toArray(String[]::new)),
				pick(random, 0.3, Needs.SafetyRisk.LOW, 0.4, Needs.SafetyRisk.MEDIUM, 0.3, Needs.SafetyRisk.HIGH));
		DemoStory.Consents consents = new DemoStory.Consents(random.nextDouble() < 0.95, random.nextDouble() < 0.85,
				random.nextDouble() < 0.6);
		List<DemoStory.Service> services = consents.caseManagement() ? services(random, needs) : List.of();
		DemoStory.Referral referral = referral(random, services);
		Duration baseline = consents.caseManagement() && random.nextDouble() < 0.85 ? days(5 + random.nextInt(10))
				: null;
		CaseStatus reached = pick(random, 0.2, CaseStatus.INTAKE, 0.25, CaseStatus.ASSESSMENT, 0.35,
				CaseStatus.ACTIVE_ASSISTANCE, 0.2, CaseStatus.REINTEGRATION_FOLLOW_UP);
		DemoStory.Closing closure = null;
		boolean approved = false;
		Duration endline = null;
		double closing = age.toDays() > 240 ? 0.8 : age.toDays() > 90 ? 0.35 : 0.0;
		if (random.nextDouble() < closing) {
			Duration requested = days(60 + random.nextInt((int) Math.min(age.toDays() - 62, 540)));
			closure = new DemoStory.Closing(requested,
					pick(random, 0.5, Closure.Outcome.GOALS_ACHIEVED, 0.15, Closure.Outcome.REFERRED_ELSEWHERE, 0.1,
							Closure.Outcome.PERSON_WITHDREW, 0.15, Closure.Outcome.CONTACT_LOST, 0.1,
							Closure.Outcome.PERSON_RELOCATED));
			approved = random.nextDouble() < 0.88;
			if (baseline != null && random.nextDouble() < 0.85) {
				endline = requested.minus(days(1 + random.nextInt(10)));
			}
		}
		else if (baseline != null && reached == CaseStatus.REINTEGRATION_FOLLOW_UP && age.toDays() > 150) {
			endline = days(120 + random.nextInt(20));
		}
		return new DemoStory(index, index % this.caseworkers, intake, identity(index, random), profile, situation, told,
				nonPunishment(random, form), consents, services, referral, baseline, endline, reached, closure,
				approved);
	}

	/**
	 * Scores of every domain from 1 (critical) to 4 (good), the endline's a little better
	 * than the baseline's for most persons.
	 */
	static int score(DemoStory story, String domain, boolean endline) {
		Random random = new Random(story.index() * 7_919L + domain.hashCode());
		int baseline = 1 + random.nextInt(3);
		if (!endline) {
			return baseline;
		}
		double change = random.nextDouble();
		return Math.max(1, Math.min(4, baseline + (change < 0.15 ? -1 : change < 0.45 ? 0 : change < 0.85 ? 1 : 2)));
	}

	private static Identity identity(int index, Random random) {
		String family = NAMES.get(random.nextInt(NAMES.size())) + " " + String.format("%04d", index + 1);
		return new Identity("Demo Person", family, List.of(), null, List.of(), null, List.of(), null, null,
				"Invented for the demonstration");
	}

	private static String form(Random random, Gender gender, AgeBand band) {
		if (band.isMinor() && gender == Gender.FEMININE && random.nextDouble() < 0.15) {
			return "FORCED_MARRIAGE";
		}
		return pick(random, 0.4, "SEXUAL_EXPLOITATION", 0.36, "FORCED_LABOUR", 0.08, "FORCED_CRIMINALITY", 0.06,
				"SERVITUDE", 0.05, "FORCED_BEGGING", 0.05, "OTHER");
	}

	private static String sector(Random random, String form) {
		return switch (form) {
			case "SEXUAL_EXPLOITATION" -> "SEX_INDUSTRY";
			case "FORCED_BEGGING" -> "BEGGING";
			case "SERVITUDE", "FORCED_MARRIAGE" -> "DOMESTIC_WORK";
			case "FORCED_CRIMINALITY" -> random.nextBoolean() ? "ONLINE_SCAM_OPERATIONS" : "OTHER";
			default -> pickFrom(random, List.of("AGRICULTURE", "CONSTRUCTION", "DOMESTIC_WORK", "FISHING",
					"HOSPITALITY", "MANUFACTURING", "ONLINE_SCAM_OPERATIONS", "CARE_WORK"));
		};
	}

	private static Set<String> controlMeans(Random random) {
		Set<String> means = new LinkedHashSet<>();
		int count = 1 + random.nextInt(3);
		while (means.size() < count) {
			means.add(pickFrom(random, CONTROL_OFFLINE));
		}
		if (random.nextDouble() < 0.3) {
			means.add(pickFrom(random, CONTROL_ONLINE));
		}
		return means;
	}

	private static Set<VulnerabilityFactor> vulnerabilities(Random random, AgeBand band) {
		List<VulnerabilityFactor> common = List.of(VulnerabilityFactor.POVERTY, VulnerabilityFactor.UNEMPLOYMENT,
				VulnerabilityFactor.IRREGULAR_MIGRATION, VulnerabilityFactor.GENDER_INEQUALITY,
				VulnerabilityFactor.DISCRIMINATION, VulnerabilityFactor.ARMED_CONFLICT,
				VulnerabilityFactor.SOCIAL_AND_ECONOMIC_EXCLUSION);
		Set<VulnerabilityFactor> factors = new LinkedHashSet<>();
		factors.add(band.isMinor() ? VulnerabilityFactor.POVERTY : pickFrom(random, common));
		if (random.nextBoolean()) {
			factors.add(pickFrom(random, common));
		}
		return factors;
	}

	private static List<String> needs(Random random) {
		Set<String> needs = new LinkedHashSet<>();
		int count = 1 + random.nextInt(3);
		while (needs.size() < count) {
			needs.add(pickFrom(random, NEEDS));
		}
		return List.copyOf(needs);
	}

	private static List<DemoStory.Service> services(Random random, List<String> needs) {
		List<DemoStory.Service> services = new ArrayList<>();
		for (String need : needs) {
			String type = SERVICE_FOR.get(need);
			boolean byPartner = BY_PARTNERS.contains(type) && random.nextDouble() < 0.5;
			double settling = random.nextDouble();
			ServiceStatus settledAs = settling < 0.7 ? ServiceStatus.DELIVERED
					: settling < 0.8 ? ServiceStatus.DECLINED_BY_PERSON
							: settling < 0.88 ? ServiceStatus.UNAVAILABLE : ServiceStatus.IN_PROGRESS;
			services.add(new DemoStory.Service(need, type, byPartner, days(1 + random.nextInt(5)),
					days(15 + random.nextInt(80)), settledAs));
		}
		return services;
	}

	private static DemoStory.@Nullable Referral referral(Random random, List<DemoStory.Service> services) {
		if (services.stream().noneMatch(DemoStory.Service::byPartner)) {
			return null;
		}
		List<DemoStory.Answer> answers = new ArrayList<>();
		double answered = random.nextDouble();
		if (answered < 0.15) {
			answers.add(new DemoStory.Answer(ReferralStatus.DECLINED, days(4)));
		}
		else if (answered < 0.9) {
			answers.add(new DemoStory.Answer(ReferralStatus.ACCEPTED, days(3)));
			answers.add(new DemoStory.Answer(ReferralStatus.SERVICE_STARTED, days(6)));
			answers.add(new DemoStory.Answer(
					random.nextDouble() < 0.85 ? ReferralStatus.COMPLETED : ReferralStatus.NOT_COMPLETED, days(40)));
		}
		return new DemoStory.Referral(days(2), answers);
	}

	private static NonPunishment nonPunishment(Random random, String form) {
		double compelled = form.equals("FORCED_CRIMINALITY") ? 0.9 : 0.12;
		if (random.nextDouble() >= compelled) {
			return NonPunishment.NOT_ASKED;
		}
		String offence = pickFrom(random, List.of("IMMIGRATION_OR_RESIDENCE", "DOCUMENT_FRAUD",
				"DRUG_PRODUCTION_OR_TRAFFICKING", "THEFT_OR_BURGLARY", "ONLINE_FRAUD_OR_SCAMS"));
		return new NonPunishment(Answer.of(offence),
				Answer.of(pickFrom(random, List.of("POLICE_INVESTIGATION", "PROSECUTION", "DETENTION"))),
				Answer.of(pickFrom(random,
						List.of("LEGAL_INFORMATION", "LEGAL_REPRESENTATION", "NON_PUNISHMENT_ARGUMENT_RAISED"))),
				pickFrom(random, List.of(NonPunishment.Outcome.PENDING, NonPunishment.Outcome.NOT_PROSECUTED,
						NonPunishment.Outcome.CHARGES_DROPPED, NonPunishment.Outcome.ACQUITTED)));
	}

	static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Duration days(int days) {
		return Duration.ofDays(days);
	}

	private static <T> T pickFrom(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/**
	 * One of the values by its weight (a weight, a value, and so on; the last takes the
	 * rest).
	 */
	@SuppressWarnings("unchecked")
	private static <T> T pick(Random random, Object... weightsAndValues) {
		double roll = random.nextDouble();
		double sum = 0;
		for (int i = 0; i < weightsAndValues.length; i += 2) {
			sum += (Double) weightsAndValues[i];
			if (roll < sum) {
				return (T) weightsAndValues[i + 1];
			}
		}
		return (T) weightsAndValues[weightsAndValues.length - 1];
	}

}
