/**
 * The portfolio window: every organization and site of a folder of assessment files or of a team library, sortable
 * and filterable, with a comparison of selected sites. Reading happens off the FX thread.
 */
package io.ccmm.ui.portfolio;
