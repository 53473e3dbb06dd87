/**
 * Readiness as the screens show it: the view model that rescores the round on every rating change, the L1–L5 ladder
 * and the words for levels, statuses and reasons. Used by the rating workspace (the compact ladder beside the card),
 * the dashboard and the round comparison; imports no other screen's package.
 */
package io.ccmm.ui.readiness;
