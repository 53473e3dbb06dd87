/**
 * The Excel questionnaire: a round's items written to a workbook for a department head to answer (one sheet per
 * module, only the answer cells editable, a very hidden identity sheet), and the filled workbook read back with a
 * streaming reader and merged into the round by the team-assessment merge rules. No JavaFX.
 */
package io.ccmm.questionnaire;
