/**
 * Typed failures: a refusal as a reason and its arguments ({@link io.ccmm.failure.TypedFailure}), put into the user's
 * words by the reason's sentence in a bundle ({@link io.ccmm.failure.FailureText}). No JavaFX, no UI; the team and
 * questionnaire failures build on it.
 */
package io.ccmm.failure;
