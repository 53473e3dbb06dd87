package io.ccmm.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import io.ccmm.catalogbook.BookException;
import io.ccmm.catalogbook.CatalogTemplate;
import io.ccmm.catalogbook.CatalogWorkbookImport;
import io.ccmm.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Catalog › Import…: a valid workbook is saved as a catalog file; a refused one is listed in the window's words. */
class CatalogWorkbookWorkTest {

    @Test
    void aValidWorkbookIsSavedAndAnEmptyOneIsListedInWords(@TempDir Path dir) throws Exception {
        Path filled = dir.resolve("filled.xlsx");
        CatalogTemplate.write(filled, Optional.of(CatalogLoader.bundled().catalog()), Language.ZH);
        CatalogWorkbookImport.Result result = CatalogWorkbookWork.read(filled);
        Path json = CatalogWorkbookWork.save(result, dir.resolve("catalog.json"));
        assertEquals(
                CatalogLoader.bundled().catalog().items(),
                new CatalogLoader().loadCatalog(json).items());

        Path empty = dir.resolve("empty.xlsx");
        CatalogTemplate.write(empty, Optional.empty(), Language.ZH);
        BookException e = assertThrows(BookException.class, () -> CatalogWorkbookWork.read(empty));
        String zh = CatalogWorkbookWork.describe(e, Messages.of(Language.ZH), Language.ZH);
        assertTrue(zh.startsWith("该工作簿无法转换为条目库（" + e.problems().size() + " 个问题）"), zh);
        assertTrue(zh.contains("• 工作表“条目库”，第 2 行，B 列（取值）：为空"), zh);
        String en = CatalogWorkbookWork.describe(e, Messages.of(Language.EN), Language.EN);
        assertTrue(en.contains("• sheet 条目库, row 2, column B (Value): empty"), en);
        assertTrue(en.contains("… and " + (e.problems().size() - CatalogWorkbookWork.LISTED) + " more."), en);
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count());
        }
    }
}
