package org.haven.partner;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A list of codes stored as one comma-separated column; codes never hold a comma. */
@Converter
class CodesColumn implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> codes) {
		return codes == null ? "" : String.join(",", codes);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
	}

}
