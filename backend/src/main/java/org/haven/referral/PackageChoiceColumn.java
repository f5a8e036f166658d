package org.haven.referral;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Which fields travel, as JSON: names of fields, never their values. */
@Converter
class PackageChoiceColumn implements AttributeConverter<PackageChoice, String> {

	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Override
	public String convertToDatabaseColumn(PackageChoice choice) {
		return JSON.writeValueAsString(choice);
	}

	@Override
	public PackageChoice convertToEntityAttribute(String column) {
		return JSON.readValue(column, PackageChoice.class);
	}

}
