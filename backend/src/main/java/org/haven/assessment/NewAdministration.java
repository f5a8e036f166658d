package org.haven.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An administration as the caseworker records it: which instrument version, when in the
 * case and on which day, the overall risk they judge, an answer per item code, and, after
 * closure, the after-care check it was recorded at
 * ({@link org.haven.assistance.AfterCareCheck#id()}).
 */
public record NewAdministration(@Nullable InstrumentVersion instrument, @Nullable AdministrationKind kind,
		@Nullable LocalDate administeredOn, @Nullable RiskLevel overallRisk, Map<String, ItemAnswer> answers,
		@Nullable UUID afterCareCheck) {

	public NewAdministration {
		answers = new LinkedHashMap<>(answers);
	}

	/** An administration recorded at no after-care check. */
	public NewAdministration(@Nullable InstrumentVersion instrument, @Nullable AdministrationKind kind,
			@Nullable LocalDate administeredOn, @Nullable RiskLevel overallRisk, Map<String, ItemAnswer> answers) {
		this(instrument, kind, administeredOn, overallRisk, answers, null);
	}

}
