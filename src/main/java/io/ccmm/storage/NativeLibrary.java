package io.ccmm.storage;

final class NativeLibrary {
    private NativeLibrary() {}

    static void prepare() {}
}
