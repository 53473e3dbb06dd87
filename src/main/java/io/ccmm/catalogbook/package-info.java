/**
 * A catalog as a spreadsheet: the template an organization types its licensed item text into ({@link CatalogTemplate})
 * and the import that turns the filled workbook into a catalog file validated by the same rules as the bundled one
 * ({@link CatalogWorkbookImport}), every refusal naming the sheet, row and column.
 */
package io.ccmm.catalogbook;
