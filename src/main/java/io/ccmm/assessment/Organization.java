package io.ccmm.assessment;

import java.util.OptionalInt;

/** The assessed organization. {@code yearsInOperation} empty = unknown. Strings are "" when not given. */
public record Organization(String name, String site, String industry, OptionalInt yearsInOperation) {

    public Organization {
        name = name == null ? "" : name;
        site = site == null ? "" : site;
        industry = industry == null ? "" : industry;
        yearsInOperation = yearsInOperation == null ? OptionalInt.empty() : yearsInOperation;
    }
}
