/**
 * The consent ledger on the case page: what the person agreed to, purpose by purpose,
 * each version kept; caseworkers record, renew and withdraw consent there.
 */
@NullMarked
package org.haven.consent.ui;

import org.jspecify.annotations.NullMarked;
