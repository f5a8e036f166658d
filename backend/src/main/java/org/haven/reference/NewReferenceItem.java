package org.haven.reference;

/**
 * An item an administrator adds to a list, as entered; checked by {@link ReferenceData}.
 */
public record NewReferenceItem(String code, String labelEnglish, String labelChinese) {

}
