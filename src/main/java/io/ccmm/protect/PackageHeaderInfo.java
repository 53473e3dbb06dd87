package io.ccmm.protect;

/** What the header of a protected copy says, readable without the password. */
public final class PackageHeaderInfo {

    private final PackageHeader header;

    PackageHeaderInfo(PackageHeader header) {
        this.header = header;
    }

    public int formatVersion() {
        return header.version();
    }

    public KdfParameters kdf() {
        return header.kdf();
    }

    public int chunkSize() {
        return header.chunkSize();
    }
}
