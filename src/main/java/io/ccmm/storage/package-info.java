/**
 * The {@code .ccmm} assessment file: a SQLite database per organization. {@link io.ccmm.storage.AssessmentFile} is
 * the small facade behind {@link io.ccmm.storage.AssessmentRepository}; below it one class per concern: {@code
 * FileAccess} (header, connections, locks, failures as reasons), {@code NewFile} (new files whole or not at all),
 * {@code SchemaCheck} (a file's schema against the one its version defines), {@code Rounds}, {@code Ratings}, {@code
 * AuditTrail}, {@code EvidenceStore}, {@code Actions} and {@code CatalogSnapshots} (one table each, over the query
 * helper {@code Sql}). Failures are a {@link io.ccmm.storage.StorageException} with a reason and its arguments, put
 * into words by {@link io.ccmm.storage.StorageText}. Imports no JavaFX and nothing of the UI, reports or CLI.
 */
package io.ccmm.storage;
