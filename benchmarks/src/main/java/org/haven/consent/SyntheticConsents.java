package org.haven.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.haven.crypto.AuthorizationSeal;
import org.haven.platform.Days;

/**
 * The consent records an intake writes (interview and recording) and the one a caseworker
 * then records for anonymised statistics, as the ledger seals them, in the columns of
 * {@code consent_record} that {@link ConsentLedgerMigration} writes.
 */
public final class SyntheticConsents {

	public static final String COLUMNS = "id, case_id, person_code, purpose, scope, version, legal_basis, given_by, "
			+ "child_assent, method, notice_version, interpreter_used, informed_of, given_on, source, recorded_by, "
			+ "recorded_at, seal";

	private SyntheticConsents() {
	}

	/** Both records of a case, each as the values of {@link #COLUMNS}. */
	public static List<Object[]> ofNewCase(AuthorizationSeal seal, UUID caseId, String personCode, UUID caseworker,
			Instant at) {
		NewConsent intake = ConsentFromIntake.atIntake(Days.of(at));
		NewConsent statistics = new NewConsent(ConsentPurpose.ANONYMISED_STATISTICS, "", intake.legalBasis(),
				intake.givenBy(), intake.childAssent(), intake.method(), intake.noticeVersion(), null, false,
				intake.informedOf(), intake.givenOn(), null);
		return List.of(
				values(seal, ConsentEntry.given(caseId, personCode, 1, intake, ConsentSource.INTAKE, caseworker, at)),
				values(seal,
						ConsentEntry.given(caseId, personCode, 1, statistics, ConsentSource.LEDGER, caseworker, at)));
	}

	/**
	 * The record a caseworker makes, on the day of intake, of the person's consent to
	 * case management and services, which a care plan needs; as the values of
	 * {@link #COLUMNS}.
	 */
	public static Object[] caseManagement(AuthorizationSeal seal, UUID caseId, String personCode, UUID caseworker,
			Instant at) {
		NewConsent intake = ConsentFromIntake.atIntake(Days.of(at));
		NewConsent management = new NewConsent(ConsentPurpose.CASE_MANAGEMENT_SERVICES, "", intake.legalBasis(),
				intake.givenBy(), intake.childAssent(), intake.method(), intake.noticeVersion(), null, false,
				intake.informedOf(), intake.givenOn(), null);
		return values(seal,
				ConsentEntry.given(caseId, personCode, 1, management, ConsentSource.LEDGER, caseworker, at));
	}

	/** The purposes of the records {@link #ofNewCase} makes, for audit events. */
	public static List<ConsentPurpose> purposes() {
		return List.of(ConsentPurpose.INTERVIEW_AND_RECORDING, ConsentPurpose.ANONYMISED_STATISTICS);
	}

	private static Object[] values(AuthorizationSeal seal, ConsentEntry entry) {
		return new Object[] { entry.id(), entry.caseId(), entry.personCode(), entry.purpose().name(), "", 1,
				entry.legalBasis().name(), entry.givenBy().name(), entry.childAssent().name(), entry.method().name(),
				entry.noticeVersion(), false, entry.informedOfCodes(), entry.givenOn(), entry.source().name(),
				entry.recordedBy(), entry.recordedAt(), seal.seal(entry.row()) };
	}

}
