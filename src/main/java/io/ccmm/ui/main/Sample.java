package io.ccmm.ui.main;

/** The bundled sample assessments the File menu offers, each opened as a temporary copy. */
public enum Sample {
    HOTLINE_12345("12345-hotline-2026.json", "file.sample.hotline"),
    UTILITY_95598("95598-utility-2026.json", "file.sample.utility"),
    BANK_CARD_CENTER("bank-card-center-2026.json", "file.sample.bank");

    private final String fileName;
    private final String messageKey;

    Sample(String fileName, String messageKey) {
        this.fileName = fileName;
        this.messageKey = messageKey;
    }

    /** The interchange JSON on the classpath. */
    public String resource() {
        return "/assessment-items/samples/" + fileName;
    }

    /** The bundle key of its name: the menu entry and the temporary file's name. */
    public String messageKey() {
        return messageKey;
    }
}
