package org.haven.crypto;

/** An administrator destroyed a retired key version for good. */
public record KeyVersionDestroyed(RotationProgress.Keyset keyset, long keyId) implements KeyEvent {
}
