package org.haven.assessment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An administration as the caseworker records it: which instrument version, when in the
 * case and on which day, the overall risk they judge, and an answer per item code.
 */
public record NewAdministration(@Nullable InstrumentVersion instrument, @Nullable AdministrationKind kind,
		@Nullable LocalDate administeredOn, @Nullable RiskLevel overallRisk, Map<String, ItemAnswer> answers) {

	public NewAdministration {
		answers = new LinkedHashMap<>(answers);
	}

}
