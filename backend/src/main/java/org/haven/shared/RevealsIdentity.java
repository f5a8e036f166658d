package org.haven.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that returns identity data in clear: every call is an access
 * that the audit trail must record. A test finds every method that returns identity and
 * fails for one that lacks this mark.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RevealsIdentity {

	/** The identity fields the method returns, by name. */
	String[] fields() default {};

	/**
	 * Whether the reads the method makes through other services (opening the case,
	 * revealing the person's identity) are part of its own: then the call is recorded
	 * once, as one identity read naming what the method says it read, not as each read it
	 * made on the way.
	 */
	boolean includesItsReads() default false;

}
