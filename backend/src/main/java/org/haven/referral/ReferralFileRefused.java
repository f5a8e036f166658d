package org.haven.referral;

/**
 * A file from a partner's Haven was refused, and nothing of it kept: why, coded, and
 * never what the file holds. Recorded apart from the import, which rolls back.
 */
public record ReferralFileRefused(FileRefusal reason) {

}
