/**
 * Low-level file writing shared by every part of the app: {@link io.ccmm.files.AtomicFileWriter} writes reports,
 * settings, exports and new assessment files whole or not at all. Imports nothing of the app.
 */
package io.ccmm.files;
