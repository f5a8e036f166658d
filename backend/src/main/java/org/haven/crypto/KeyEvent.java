package org.haven.crypto;

/**
 * What an administrator did to a keyset, one past-tense record per fact. Names the keyset
 * and the key version, never key material.
 */
public sealed interface KeyEvent permits KeyRotationStarted, KeyVersionDestroyed {

	RotationProgress.Keyset keyset();

	long keyId();

}
