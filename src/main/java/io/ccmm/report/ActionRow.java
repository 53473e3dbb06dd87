package io.ccmm.report;

import java.util.OptionalInt;

/** One improvement action: what, who, by when, and its status in words. {@code item} is empty when it has none. */
public record ActionRow(OptionalInt item, String what, String owner, String due, String status) {

    public ActionRow {
        item = item == null ? OptionalInt.empty() : item;
        what = Cover.nonNull(what);
        owner = Cover.nonNull(owner);
        due = Cover.nonNull(due);
        status = Cover.nonNull(status);
    }
}
