package io.ccmm.storage;

import java.time.Instant;

/** The round's sign-off: who reviewed it, on which date (yyyy-MM-dd), the statement, and when it was recorded. */
public record SignOff(String reviewer, String date, String statement, Instant signed) {}
