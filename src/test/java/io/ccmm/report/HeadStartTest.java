package io.ccmm.report;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Each format's head start runs once per process, however often the window asks for it (a format picked again). */
class HeadStartTest {

    @Test
    void wordAndExcelAreSetUpOncePerProcess() {
        HeadStart.forWord(); // started here or by an earlier test of this process
        assertFalse(HeadStart.forWord(), "a second Word head start");
        HeadStart.forExcel();
        assertFalse(HeadStart.forExcel(), "a second Excel head start");
    }
}
