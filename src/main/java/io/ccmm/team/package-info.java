/**
 * Team assessments (FORMATS.md "Team assessments"): handing out field copies, merging them into the master's round by
 * the merge rules, rater agreement (exact agreement and weighted kappa), review and sign-off. Pure rules
 * ({@link io.ccmm.team.MergeRules}, {@link io.ccmm.team.Agreement}) plus the file work around them; no JavaFX.
 */
package io.ccmm.team;
