/**
 * "Why?" on the dashboard: the explanation of each level with its items one click away, and a what-if by hand that
 * rescored a copy of the ratings and never saves. Imports the readiness view model and common UI pieces only.
 */
package io.ccmm.ui.explain;
