package io.ccmm.assessment;

/** Interchange input that cannot be used; the message names the place, e.g. "ratings[12].c: 7 is not one of 10, 5, 0". */
public class InvalidAssessmentException extends Exception {

    public InvalidAssessmentException(String message) {
        super(message);
    }
}
