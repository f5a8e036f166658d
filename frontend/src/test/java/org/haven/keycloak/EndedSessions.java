package org.haven.keycloak;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Remembers which HTTP sessions the server has ended, so that a test can see a session
 * end on the server while the browser sends nothing.
 */
public class EndedSessions implements HttpSessionListener {

	private final Set<String> ended = ConcurrentHashMap.newKeySet();

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		this.ended.add(event.getSession().getId());
	}

	boolean hasEnded(String sessionId) {
		return this.ended.contains(sessionId);
	}

}
