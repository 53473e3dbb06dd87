/**
 * The plan made from an assessment, pure and headless: projected readiness on planned ratings, the improvement path as
 * actions, the roadmap by quarter and the executive summary draft. Uses the catalog, the assessment values and the
 * scoring engine only; no storage, no reports, no JavaFX.
 */
package io.ccmm.plan;
