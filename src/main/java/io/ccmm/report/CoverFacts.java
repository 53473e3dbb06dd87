package io.ccmm.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The cover's extra facts, the same in every format: the client and the consultancy (branding) before the round's
 * facts, the raters and the sign-off right after the assessors. Each fact is {label, value}; blank values are left out.
 */
final class CoverFacts {

    private CoverFacts() {}

    /** Puts the extra facts into {@code rows} (the cover's own facts, labels first) at their places. */
    static void insert(List<String[]> rows, ReportModel model, ReportText text) {
        rows.addAll(0, brand(model, text));
        String assessors = text.get("cover.assessors");
        int at = rows.size();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i)[0].equals(assessors)) {
                at = i + 1;
                break;
            }
        }
        rows.addAll(at, team(model, text));
    }

    /** The client (when it is not the organization itself) and the consultancy. */
    static List<String[]> brand(ReportModel model, ReportText text) {
        ExtrasSection.Brand b = model.extras().brand();
        List<String[]> rows = new ArrayList<>();
        if (!b.client().isBlank() && !b.client().equals(model.cover().organization())) {
            rows.add(new String[] {text.get("cover.client"), b.client()});
        }
        if (!b.consultancy().isBlank()) {
            rows.add(new String[] {text.get("cover.consultancy"), b.consultancy()});
        }
        return rows;
    }

    /** The raters of a team round and the sign-off ("name, date"). */
    static List<String[]> team(ReportModel model, ReportText text) {
        ExtrasSection x = model.extras();
        List<String[]> rows = new ArrayList<>();
        if (x.isTeam()) {
            rows.add(new String[] {text.get("cover.raters"), String.join(text.get("list.separator"), x.raters())});
        }
        if (!x.signOff().isBlank()) {
            rows.add(new String[] {text.get("cover.signOff"), x.signOff()});
        }
        return rows;
    }
}
