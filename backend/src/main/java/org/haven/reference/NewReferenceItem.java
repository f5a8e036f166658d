package org.haven.reference;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An item an administrator adds to a list, as entered: its code, its label under each
 * language tag (a label left empty may be missing) and whether it is online
 * (ICT-facilitated, for recruitment channels and means of control only); checked by
 * {@link ReferenceData}.
 */
public record NewReferenceItem(String code, Map<String, String> labels, boolean online) {

	public NewReferenceItem {
		labels = labels.entrySet()
			.stream()
			.filter(label -> Objects.nonNull(label.getValue()))
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** An item that is not online. */
	public NewReferenceItem(String code, Map<String, String> labels) {
		this(code, labels, false);
	}

}
