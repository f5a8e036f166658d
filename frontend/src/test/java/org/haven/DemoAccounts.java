package org.haven;

/** The demo accounts every integration test may sign in with; see README. */
public final class DemoAccounts {

	public static final String PASSWORD = "haven-demo-2026";

	public static final String CASEWORKER = "carol";

	public static final String SECOND_CASEWORKER = "chen";

	public static final String SUPERVISOR = "sam";

	public static final String AUDITOR = "aisha";

	public static final String ADMIN = "adam";

	private DemoAccounts() {
	}

}
