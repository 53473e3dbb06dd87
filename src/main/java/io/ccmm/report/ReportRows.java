package io.ccmm.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of the tables every document format draws alike, built once: each exporter only lays the rows out (its
 * fonts, alignments and colours). Cells are plain text, in column order.
 */
final class ReportRows {

    private ReportRows() {}

    /** The not-applicable table: no., module, title, level ("L2"), justification; one row per item marked N/A. */
    static List<List<String>> notApplicable(ReportModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (ItemRow i : model.notApplicableItems()) {
            rows.add(List.of(Integer.toString(i.id()), i.module(), i.title(), "L" + i.level(), i.justification()));
        }
        return rows;
    }

    /** The improvement actions table: item ("" for none), what, owner, due, status in words. */
    static List<List<String>> actions(ReportModel model) {
        List<List<String>> rows = new ArrayList<>();
        for (ActionRow a : model.actions()) {
            rows.add(List.of(
                    a.item().isPresent() ? Integer.toString(a.item().getAsInt()) : "",
                    a.what(),
                    a.owner(),
                    a.due(),
                    a.status()));
        }
        return rows;
    }
}
