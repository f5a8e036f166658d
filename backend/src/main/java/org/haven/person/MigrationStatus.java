package org.haven.person;

/** The person's migration status where they are now. */
public enum MigrationStatus {

	NATIONAL, REGULAR_MIGRANT, IRREGULAR_MIGRANT, ASYLUM_SEEKER, REFUGEE, STATELESS, INTERNALLY_DISPLACED, UNKNOWN,
	DECLINED

}
