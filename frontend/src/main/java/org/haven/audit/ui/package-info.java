/**
 * The auditors' workspace: the trail searched and exported, highlights of unusual
 * patterns, the integrity check and the signed checkpoints. Auditors see events, never
 * case content.
 */
@NullMarked
package org.haven.audit.ui;

import org.jspecify.annotations.NullMarked;
