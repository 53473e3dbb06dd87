/**
 * Password-protected copies of assessment files ({@code .ccmmx}) for mailing: the whole {@code .ccmm} encrypted with
 * AES-256-GCM in chunks under a key derived from the password with Argon2id. Headless: no JavaFX, no UI, nothing
 * printed; failures are {@link io.ccmm.protect.ProtectionException}s with a reason the caller puts into words.
 *
 * <p>Entry point: {@link io.ccmm.protect.ProtectedCopies} ({@code protect}, {@code unprotect}, {@code readHeader} to
 * check a package before asking for its password). The package format is described in
 * {@link io.ccmm.protect.PackageHeader} and {@link io.ccmm.protect.ChunkCipher}.
 *
 * <p>May use {@code java.*} and Bouncy Castle (Argon2 only); never {@code javafx}, {@code io.ccmm.ui} or
 * {@code io.ccmm.cli}.
 */
package io.ccmm.protect;
