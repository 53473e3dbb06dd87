package io.ccmm.files;

import org.apache.poi.ooxml.POIXMLDocument;

/**
 * A Word or Excel document that Apache POI builds in memory from nothing, to be written once and let go:
 * {@code try (var made = new NewOfficeDocument<>(new XSSFWorkbook())) { ... made.document().write(out); }}.
 *
 * <p>POI makes such a document's package on a buffer in memory, and closing the document saves the whole package into
 * that buffer once more, which nobody reads: as much work again as writing it. Letting the document go here reverts
 * the package instead: nothing is saved, and nothing is left to free but memory.
 */
public record NewOfficeDocument<D extends POIXMLDocument>(D document) implements AutoCloseable {

    @Override
    public void close() {
        document.getPackage().revert();
    }
}
