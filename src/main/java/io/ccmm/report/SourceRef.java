package io.ccmm.report;

/** A catalog or rules file a report was computed with: its id and the SHA-256 of its bytes (hex). */
public record SourceRef(String id, String sha256) {

    public SourceRef {
        id = Cover.nonNull(id);
        sha256 = Cover.nonNull(sha256);
    }

    /** The first 12 hex digits, as people quote a digest. */
    public String shortSha256() {
        return sha256.length() > 12 ? sha256.substring(0, 12) : sha256;
    }
}
