package org.haven.shared;

/**
 * Role names as compile-time constants, for {@code @RolesAllowed} and
 * {@code @PreAuthorize} in every module, such as
 * {@code @PreAuthorize("hasRole('" + Roles.SUPERVISOR + "')")}. They match the access
 * module's {@code Role} one to one.
 */
public final class Roles {

	public static final String CASEWORKER = "CASEWORKER";

	public static final String SUPERVISOR = "SUPERVISOR";

	public static final String AUDITOR = "AUDITOR";

	public static final String ADMIN = "ADMIN";

	/** Spring Security's prefix for role authorities. */
	public static final String AUTHORITY_PREFIX = "ROLE_";

	private Roles() {
	}

}
