package org.haven.platform;

/**
 * The PostgreSQL server Haven talks to: one it started itself, or one it was pointed at.
 */
interface DatabaseServer extends AutoCloseable {

	DatabaseEndpoints endpoints();

	@Override
	void close();

}
