package org.haven.referral;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import org.haven.StandaloneHaven;
import org.haven.TestSecurity;
import org.haven.assistance.CarePlans;
import org.haven.assistance.PlannedService;
import org.haven.assistance.ServiceStatus;
import org.haven.casefile.Answer;
import org.haven.casefile.DraftId;
import org.haven.casefile.IntakeDraft;
import org.haven.casefile.IntakeService;
import org.haven.casefile.Needs;
import org.haven.crypto.ExchangeKeys;
import org.haven.partner.DataSharingAgreement;
import org.haven.partner.Eligibility;
import org.haven.partner.NewPartner;
import org.haven.partner.OrganisationType;
import org.haven.partner.Partner;
import org.haven.partner.PartnerDirectory;
import org.haven.partner.PartnerKeys;
import org.haven.person.Gender;
import org.haven.person.Identity;
import org.haven.referral.ReferralFixtures.ReferrableCase;
import org.haven.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Two installations of Haven, each with its own database and key files, and the keys
 * files of a third: A refers a person to B; B imports the file, accepts it and starts an
 * intake holding exactly the fields A chose; B's answers, signed files back, move A's
 * referral and service line on. A flipped byte, a file imported twice, a file for the
 * third installation and a file signed by a key B does not know are refused.
 */
class TwoHavensTests {

	static final PackageChoice NAME_AND_NEEDS = new PackageChoice(true, true, Set.of("givenNames", "phoneNumbers"),
			Set.of("exploitationForms", "countriesOfExploitation"), true);

	@TempDir
	Path homeA;

	@TempDir
	Path homeB;

	@Test
	void a_refers_to_b_b_takes_exactly_the_chosen_fields_and_its_answers_update_a() throws Exception {
		try (ConfigurableApplicationContext a = StandaloneHaven.start(this.homeA, "--haven.installation.name=Haven A");
				ConfigurableApplicationContext b = StandaloneHaven.start(this.homeB,
						"--haven.installation.name=Haven B")) {
			ThirdHaven c = new ThirdHaven();
			Partner bOnA = partner(a, "Haven B", PartnerKeys.fileOf(b.getBean(ExchangeKeys.class), "Haven B"));
			Partner cOnA = partner(a, "Haven C", c.keysFile());
			Partner aOnB = partner(b, "Haven A", PartnerKeys.fileOf(a.getBean(ExchangeKeys.class), "Haven A"));
			ReferralFixtures fixturesA = a.getBean(ReferralFixtures.class);
			ReferrableCase referrable = fixturesA.referrableCase("Mariana", "Lupascu");
			fixturesA.consentToShareWith(referrable.code(), bOnA);
			Referrals referralsA = a.getBean(Referrals.class);
			Referral sent = asCarol(() -> {
				Referral draft = referralsA.draft(referrable.code(), referrable.service(), new NewReferral(bOnA.id(),
						ReferralReason.ADDITIONAL_SERVICES_REQUIRED, Urgency.PRIORITY, NAME_AND_NEEDS));
				return referralsA.send(referrable.code(), draft.id(), draft.version(),
						referralsA.preview(referrable.code(), draft.id()).hash());
			});
			byte[] file = asCarol(() -> a.getBean(ReferralExchange.class).referralFile(referrable.code(), sent.id()));
			IncomingReferrals incomingB = b.getBean(IncomingReferrals.class);

			assertThat(refusedOn(() -> incomingB.importFile(flipped(file)))).as("a flipped byte")
				.isEqualTo("referral.file.tampered");
			ImportedFile imported = asCarol(() -> incomingB.importFile(file));
			assertThat(refusedOn(() -> incomingB.importFile(file))).as("the same file again")
				.isEqualTo("referral.file.already-imported");
			assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain("Mariana", "+373");

			ReferralPackage onA = asCarol(() -> referralsA.sentPackage(referrable.code(), sent.id()));
			assertThat(asCarol(() -> incomingB.incomingPackage(new IncomingReferralId(imported.incoming()))))
				.isEqualTo(onA);
			IncomingReferral received = asCarol(() -> incomingB.mine()).getFirst();
			assertThat(received.referringOrganisation()).isEqualTo("Haven A");
			assertThat(received.status()).isEqualTo(IncomingStatus.RECEIVED);
			DraftId draft = asCarol(() -> incomingB.accept(imported.incoming(), received.version()));
			IntakeDraft intake = asCarol(() -> b.getBean(IntakeService.class).open(draft));
			assertThat(intake.identity()).isEqualTo(new Identity("Mariana", null, List.of(), null,
					List.of("+373 69 123 456"), null, List.of(), null, null, null));
			assertThat(intake.answers().profile().gender()).isEqualTo(Gender.FEMININE);
			assertThat(intake.answers().profile().nationality()).isEqualTo("NG");
			assertThat(intake.answers().situation().exploitationForms()).isEqualTo(Answer.of("SEXUAL_EXPLOITATION"));
			assertThat(intake.answers().situation().countriesOfExploitation()).isEqualTo(Answer.of("TR"));
			assertThat(intake.answers().situation().acts()).as("not chosen: not sent").isEqualTo(Answer.NOT_ASKED);
			assertThat(intake.answers().situation().countriesOfOrigin()).isEqualTo(Answer.NOT_ASKED);
			assertThat(intake.answers().needs()).isEqualTo(new Needs(Answer.of("SAFE_SHELTER"), Needs.SafetyRisk.HIGH));

			IncomingReferrals incomingA = a.getBean(IncomingReferrals.class);
			for (ReferralStatus answer : List.of(ReferralStatus.ACCEPTED, ReferralStatus.SERVICE_STARTED,
					ReferralStatus.COMPLETED)) {
				long version = asCarol(() -> incomingB.mine()).getFirst().version();
				byte[] answerFile = asCarol(() -> incomingB.answerFile(imported.incoming(), version,
						new ReferralAnswer(answer, null, LocalDate.now())));
				asCarol(() -> incomingA.importFile(answerFile));
			}
			assertThat(asCarol(() -> referralsA.referrals(referrable.code()))).singleElement()
				.satisfies(referral -> assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED));
			assertThat(serviceOf(a, referrable).status()).isEqualTo(ServiceStatus.DELIVERED);

			ReferrableCase toC = fixturesA.referrableCase("Ioana", "Roman");
			fixturesA.consentToShareWith(toC.code(), cOnA);
			byte[] forC = asCarol(() -> {
				Referral draftToC = referralsA.draft(toC.code(), toC.service(), new NewReferral(cOnA.id(),
						ReferralReason.ADDITIONAL_SERVICES_REQUIRED, Urgency.ROUTINE, PackageChoice.NOTHING));
				Referral sentToC = referralsA.send(toC.code(), draftToC.id(), draftToC.version(),
						referralsA.preview(toC.code(), draftToC.id()).hash());
				return a.getBean(ReferralExchange.class).referralFile(toC.code(), sentToC.id());
			});
			assertThat(refusedOn(() -> incomingB.importFile(forC))).as("a file for a third installation")
				.isEqualTo("referral.file.not-for-us");
			assertThat(refusedOn(() -> incomingB.importFile(c.forgedFileTo(b.getBean(ExchangeKeys.class)))))
				.as("a file signed by a key B does not know")
				.isEqualTo("referral.file.unknown-sender");
			assertThat(asCarol(() -> incomingB.mine())).as("nothing of a refused file is kept").hasSize(1);
			assertThat(aOnB.keys()).isPresent();
		}
	}

	private static Partner partner(ConfigurableApplicationContext haven, String name, String keys) {
		return TestSecurity.asAdministrator(() -> haven.getBean(PartnerDirectory.class)
			.add(new NewPartner(name, OrganisationType.NGO, "MD", "Chisinau", List.of("ro"),
					Set.of("SAFE_ACCOMMODATION"), Eligibility.EVERYONE, "referrals@example.org",
					new DataSharingAgreement(LocalDate.now().minusDays(30), LocalDate.now().plusYears(1), "DSA-9"),
					keys)));
	}

	private static PlannedService serviceOf(ConfigurableApplicationContext haven, ReferrableCase referrable) {
		return asCarol(() -> haven.getBean(CarePlans.class).plan(referrable.code())).stream()
			.flatMap(need -> need.goals().stream())
			.flatMap(goal -> goal.services().stream())
			.filter(service -> service.id().equals(referrable.service()))
			.findFirst()
			.orElseThrow();
	}

	/** The file with one character of its ciphertext changed. */
	static byte[] flipped(byte[] file) {
		String text = new String(file, StandardCharsets.UTF_8);
		int at = text.indexOf("\"ciphertext\"") + 40;
		char changed = text.charAt(at) == 'A' ? 'B' : 'A';
		return (text.substring(0, at) + changed + text.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
	}

	private static String refusedOn(Supplier<Object> call) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> asCarol(call));
		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.field()).isEqualTo("file"));
		return refused.problems().getFirst().messageKey();
	}

	private static <T> T asCarol(Supplier<T> action) {
		return TestSecurity.as("carol", "CASEWORKER", action);
	}

	/** The keys of a third installation, which B has never heard of. */
	static final class ThirdHaven {

		final KeysetHandle encryption;

		final KeysetHandle signing;

		ThirdHaven() throws GeneralSecurityException {
			this.encryption = KeysetHandle.generateNew(HpkeParameters.builder()
				.setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
				.setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
				.setAeadId(HpkeParameters.AeadId.AES_256_GCM)
				.setVariant(HpkeParameters.Variant.TINK)
				.build());
			this.signing = KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
		}

		String publicSigning() throws GeneralSecurityException {
			return TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(this.signing.getPublicKeysetHandle());
		}

		String keysFile() throws GeneralSecurityException {
			String signingKeys = publicSigning();
			return JsonMapper.builder()
				.build()
				.writeValueAsString(new PartnerKeys(PartnerKeys.FORMAT, "Haven C",
						ExchangeKeys.installationOf(signingKeys),
						TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(this.encryption.getPublicKeysetHandle()),
						signingKeys));
		}

		/** A referral file from this installation, well formed and signed, to B. */
		byte[] forgedFileTo(ExchangeKeys b) {
			try {
				ReferralFile unsigned = new ReferralFile(ReferralFile.FORMAT, ExchangeKind.REFERRAL, UUID.randomUUID(),
						ExchangeKeys.installationOf(publicSigning()), b.installation(), "", "");
				String ciphertext = Base64.getEncoder()
					.encodeToString(ExchangeKeys.encryptFor(b.publicEncryptionKeyset(),
							"{}".getBytes(StandardCharsets.UTF_8), unsigned.header()));
				ReferralFile encrypted = new ReferralFile(unsigned.format(), unsigned.kind(), unsigned.message(),
						unsigned.from(), unsigned.to(), ciphertext, "");
				byte[] signature = this.signing.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class)
					.sign(encrypted.signed());
				return new ReferralFile(encrypted.format(), encrypted.kind(), encrypted.message(), encrypted.from(),
						encrypted.to(), ciphertext, Base64.getEncoder().encodeToString(signature))
					.bytes();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
