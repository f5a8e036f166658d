package org.haven.casefile;

/**
 * Break-glass openings changed somewhere in Haven, on this node or another: one was
 * opened, ended or reviewed. Carries nothing; whoever cares asks {@link CaseSupervision}
 * as the user they serve. Published on a thread of its own, with nobody signed in.
 */
public record BreakGlassOpeningsChanged() {
}
