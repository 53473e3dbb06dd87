/**
 * Help inside the app: the user guide (Markdown, the same files as the repository's docs/) rendered without WebView,
 * and the first-run guide. Imports common UI pieces only.
 */
package io.ccmm.ui.help;
