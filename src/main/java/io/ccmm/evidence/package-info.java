/**
 * Evidence attachments are untrusted input: they arrive in files from other people, in merges and in imports. Pure
 * rules, no I/O of their own, that storage and the window call: {@link io.ccmm.evidence.EvidenceName#safe} for the
 * name an attachment is stored and saved under, {@link io.ccmm.evidence.EvidenceType#classify} for its real type and
 * whether opening it must ask first, and {@link io.ccmm.evidence.EvidenceLimits} for sizes and counts.
 *
 * <p>May use {@code java.*} only; never {@code javafx}, {@code io.ccmm.ui}, SQL or files.
 */
package io.ccmm.evidence;
