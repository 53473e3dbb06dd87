/**
 * The team screens: hand out and merge field copies, the conflict view (resolvable by keyboard) and the agreement
 * table. Logic lives in {@link io.ccmm.team}; these classes only show it.
 */
package io.ccmm.ui.team;
