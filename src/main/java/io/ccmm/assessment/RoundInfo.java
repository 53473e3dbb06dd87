package io.ccmm.assessment;

import java.util.List;
import java.util.OptionalInt;

/** One assessment round's details. {@code date} is ISO yyyy-MM-dd or "" when not given. */
public record RoundInfo(String title, String date, List<String> assessors, OptionalInt targetLevel) {

    public RoundInfo {
        title = title == null ? "" : title;
        date = date == null ? "" : date;
        assessors = assessors == null ? List.of() : List.copyOf(assessors);
        targetLevel = targetLevel == null ? OptionalInt.empty() : targetLevel;
    }
}
