/**
 * File › Questionnaire: export a round's Excel questionnaire and import its answers, off the FX thread. Logic lives in
 * {@link io.ccmm.questionnaire}; these classes only ask for files and show the outcome.
 */
package io.ccmm.ui.questionnaire;
