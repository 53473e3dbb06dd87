/**
 * The team library: published assessment rounds in a PostgreSQL database that the team's IT runs. Publishing one
 * round is one transaction; the schema is versioned and migrated by Flyway; the portfolio reads it with indexed SQL.
 * No JavaFX; nothing here is called on the FX thread.
 */
package io.ccmm.library;
