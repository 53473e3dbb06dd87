/**
 * Readiness explained: for each level the arithmetic of SCORING.md with the real numbers and the item ids behind each
 * one, a temporary what-if on a copy of the ratings, and the one vocabulary of readiness statuses. Pure: no JavaFX, no
 * storage, no printing.
 */
package io.ccmm.explain;
