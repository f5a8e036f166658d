package org.haven.audit;

import java.util.Arrays;
import java.util.List;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.haven.shared.PseudonymousId;
import org.haven.shared.RevealsIdentity;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.security.access.AccessDeniedException;

/**
 * Around every method marked {@link RevealsIdentity}, outside the authorization check: a
 * refused call is recorded as denied; an allowed one is recorded before its result
 * leaves, and if the record cannot be written the result is thrown away and the caller
 * gets an error instead.
 */
class IdentityReadAuditing implements MethodInterceptor {

	private final AuditTrail trail;

	IdentityReadAuditing(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		if (WholeRead.current().isPresent()) {
			return invocation.proceed();
		}
		RevealsIdentity mark = AnnotationUtils.findAnnotation(invocation.getMethod(), RevealsIdentity.class);
		List<String> fields = mark == null ? List.of() : List.of(mark.fields());
		PseudonymousId subject = Arrays.stream(invocation.getArguments())
			.filter(PseudonymousId.class::isInstance)
			.map(PseudonymousId.class::cast)
			.findFirst()
			.orElse(null);
		WholeRead whole = mark != null && mark.includesItsReads() ? WholeRead.begin(subject, fields) : null;
		Object result;
		try {
			result = invocation.proceed();
		}
		catch (AccessDeniedException denied) {
			this.trail.record(Action.IDENTITY_REVEALED, Outcome.DENIED, subject, fields, null);
			throw denied;
		}
		catch (RuntimeException failed) {
			this.trail.record(Action.IDENTITY_REVEALED, Outcome.FAILED, subject, fields,
					failed.getClass().getSimpleName());
			throw failed;
		}
		finally {
			if (whole != null) {
				WholeRead.end();
			}
		}
		this.trail.record(Action.IDENTITY_REVEALED, Outcome.ALLOWED, subject, whole == null ? fields : whole.fields(),
				whole == null ? null : whole.reason());
		return result;
	}

}
