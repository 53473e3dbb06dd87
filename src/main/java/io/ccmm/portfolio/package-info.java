/**
 * The portfolio: one row per organization and site over many {@code .ccmm} files (or a team library), with the latest
 * round, its readiness and the trend over the rounds. Pure: no JavaFX, no printing; files are only read.
 */
package io.ccmm.portfolio;
