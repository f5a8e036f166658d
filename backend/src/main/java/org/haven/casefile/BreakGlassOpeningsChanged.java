package org.haven.casefile;

/**
 * Break-glass openings changed somewhere in Haven, on this node or another: one was
 * opened, ended or reviewed. Not a fact of its own but a signal between nodes, published
 * by {@link BreakGlassSignals} when PostgreSQL relays a commit, on a thread of its own
 * with nobody signed in; the facts themselves ({@link BreakGlassOpened},
 * {@link BreakGlassEnded}, {@link BreakGlassReviewed}) are announced, and audited, where
 * they happen. Carries nothing; whoever cares asks {@link CaseSupervision} as the user
 * they serve.
 */
public record BreakGlassOpeningsChanged() {
}
