package org.haven.casefile;

import jakarta.persistence.AttributeConverter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coded parts of a case as JSON: they grow with the reference lists and the questions
 * asked, and stay readable to anonymised reports. Never free text.
 */
final class JsonColumns {

	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private JsonColumns() {
	}

	abstract static class RecordColumn<T> implements AttributeConverter<T, String> {

		private final Class<T> type;

		RecordColumn(Class<T> type) {
			this.type = type;
		}

		@Override
		public String convertToDatabaseColumn(T value) {
			return value == null ? null : JSON.writeValueAsString(value);
		}

		@Override
		public T convertToEntityAttribute(String column) {
			return column == null ? null : JSON.readValue(column, this.type);
		}

	}

	static class SituationColumn extends RecordColumn<Situation> {

		SituationColumn() {
			super(Situation.class);
		}

	}

	static class NeedsColumn extends RecordColumn<Needs> {

		NeedsColumn() {
			super(Needs.class);
		}

	}

	static class NonPunishmentColumn extends RecordColumn<NonPunishment> {

		NonPunishmentColumn() {
			super(NonPunishment.class);
		}

	}

	static class IntakeAnswersColumn extends RecordColumn<IntakeAnswers> {

		IntakeAnswersColumn() {
			super(IntakeAnswers.class);
		}

	}

}
