package io.ccmm.assessment;

/** Which catalog an assessment was rated against; {@code sha256} is "" when not pinned. */
public record CatalogRef(String id, String sha256) {

    public CatalogRef {
        id = id == null ? "" : id;
        sha256 = sha256 == null ? "" : sha256;
    }
}
