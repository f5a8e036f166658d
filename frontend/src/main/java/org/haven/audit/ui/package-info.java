/**
 * The auditors' workspace: the trail searched and exported, highlights of unusual
 * patterns, the integrity check and the signed checkpoints. Auditors see events, never
 * case content.
 */
package org.haven.audit.ui;
