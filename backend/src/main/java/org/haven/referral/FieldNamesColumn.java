package org.haven.referral;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Names of fields, comma-separated: never their values. */
@Converter
class FieldNamesColumn implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> names) {
		return names == null ? "" : String.join(",", names);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
	}

}
