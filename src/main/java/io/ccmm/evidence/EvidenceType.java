package io.ccmm.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What an attachment really is, from its first bytes ({@link EvidenceLimits#SNIFF_BYTES} of them are enough), and
 * whether opening it needs the user's say. The name only adds risk: content that is an executable or a script is risky
 * whatever its name, and a risky name is risky whatever its content.
 *
 * @param kind the type the content shows ({@link Kind#UNKNOWN} when it shows none)
 * @param risk {@link Risk#ASK_FIRST} for executables and scripts: ask before opening, offer "save a copy" instead
 * @param extension the name's extension in lower case without the dot, "" when none
 * @param nameMatchesContent false when the content shows a type the name's extension does not belong to (a ".pdf"
 *     that is an executable): show the real type next to the name
 */
public record EvidenceType(Kind kind, Risk risk, String extension, boolean nameMatchesContent) {

    public enum Risk {
        /** May be opened with the system's viewer. */
        OPEN,
        /** An executable or script: ask first, and offer to save a copy instead of opening it. */
        ASK_FIRST
    }

    /** Types told by content; the UI names them (bundle keys {@code evidence.type.KIND}). */
    public enum Kind {
        PDF("application/pdf", false, "pdf"),
        PNG("image/png", false, "png"),
        JPEG("image/jpeg", false, "jpg", "jpeg", "jpe", "jfif"),
        GIF("image/gif", false, "gif"),
        WEBP("image/webp", false, "webp"),
        BMP("image/bmp", false, "bmp", "dib"),
        TIFF("image/tiff", false, "tif", "tiff"),
        HEIC("image/heic", false, "heic", "heif"),
        WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx", "docm", "dotx"),
        EXCEL("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, "xlsx", "xlsm", "xltx"),
        POWERPOINT(
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                false,
                "pptx",
                "pptm",
                "ppsx"),
        OPEN_DOCUMENT("application/vnd.oasis.opendocument", false, "odt", "ods", "odp", "odg"),
        /** An old Office document (.doc, .xls, .ppt), or an installer package (.msi): the OLE container both use. */
        OLE("application/x-ole-storage", false, "doc", "xls", "ppt", "msg", "msi", "dot", "xlt", "pot"),
        ZIP("application/zip", false, "zip"),
        GZIP("application/gzip", false, "gz", "tgz"),
        SEVEN_ZIP("application/x-7z-compressed", false, "7z"),
        RAR("application/vnd.rar", false, "rar"),
        RTF("application/rtf", false, "rtf"),
        MP4("video/mp4", false, "mp4", "m4v", "m4a", "mov"),
        MP3("audio/mpeg", false, "mp3"),
        /** Text without control characters (UTF-8 or ASCII): notes, CSV, logs. */
        TEXT("text/plain", false, "txt", "csv", "tsv", "log", "md", "json", "xml", "html", "htm", "ini", "cfg"),
        WINDOWS_EXECUTABLE("application/vnd.microsoft.portable-executable", true, "exe", "dll", "sys", "scr", "com"),
        ELF_EXECUTABLE("application/x-elf", true, "so", "bin", "run"),
        MACH_O_EXECUTABLE("application/x-mach-binary", true, "dylib", "bundle"),
        JAVA("application/java-archive", true, "jar", "class"),
        WINDOWS_SHORTCUT("application/x-ms-shortcut", true, "lnk"),
        /** A script by its content: a "#!" line, a batch file, an HTML application. */
        SCRIPT("text/x-script", true, "sh", "bash", "zsh", "py", "pl", "rb", "bat", "cmd", "hta", "command"),
        UNKNOWN("application/octet-stream", false);

        private final String mediaType;
        private final boolean executable;
        private final Set<String> extensions;

        Kind(String mediaType, boolean executable, String... extensions) {
            this.mediaType = mediaType;
            this.executable = executable;
            this.extensions = Set.of(extensions);
        }

        public String mediaType() {
            return mediaType;
        }

        /** Runs code when opened: an executable, a program archive, a shortcut or a script. */
        public boolean executable() {
            return executable;
        }
    }

    /** Extensions the system runs, or hands to something that runs code, when the file is opened. */
    static final Set<String> RISKY_EXTENSIONS = Set.of(
            // Windows programs, installers and what the shell runs
            "exe",
            "com",
            "scr",
            "pif",
            "cpl",
            "msi",
            "msp",
            "mst",
            "msc",
            "dll",
            "ocx",
            "sys",
            "drv",
            "appx",
            "msix",
            "appxbundle",
            "msixbundle",
            "application",
            "appref-ms",
            "gadget",
            "diagcab",
            // Windows scripts and script hosts
            "bat",
            "cmd",
            "ps1",
            "psm1",
            "psd1",
            "ps1xml",
            "psc1",
            "vb",
            "vbs",
            "vbe",
            "js",
            "jse",
            "wsf",
            "wsh",
            "wsc",
            "sct",
            "hta",
            "reg",
            "inf",
            "scf",
            "url",
            "lnk",
            "chm",
            "settingcontent-ms",
            "library-ms",
            // disk images that open as a drive with programs on it
            "iso",
            "img",
            "vhd",
            "vhdx",
            // Java
            "jar",
            "jnlp",
            "class",
            // Unix and macOS
            "sh",
            "bash",
            "zsh",
            "csh",
            "ksh",
            "fish",
            "command",
            "tool",
            "app",
            "pkg",
            "mpkg",
            "dmg",
            "run",
            "bin",
            "appimage",
            "desktop",
            "so",
            "dylib",
            // interpreters that install a double-click handler
            "py",
            "pyw",
            "pyz",
            "pl",
            "rb",
            "php",
            // Office files with macros
            "docm",
            "dotm",
            "xlsm",
            "xltm",
            "xlam",
            "xla",
            "pptm",
            "potm",
            "ppam",
            "ppsm",
            "sldm");

    /** Classifies {@code head}, the first bytes of the content (all of them for a small file), named {@code name}. */
    public static EvidenceType classify(String name, byte[] head) {
        byte[] h = head.length > EvidenceLimits.SNIFF_BYTES ? Arrays.copyOf(head, EvidenceLimits.SNIFF_BYTES) : head;
        String extension = extensionOf(name == null ? "" : name);
        Kind kind = sniff(h);
        boolean risky = kind.executable() || RISKY_EXTENSIONS.contains(extension);
        boolean matches = kind == Kind.UNKNOWN || kind.extensions.contains(extension) || anyNameFits(kind);
        return new EvidenceType(kind, risky ? Risk.ASK_FIRST : Risk.OPEN, extension, matches);
    }

    /** Text may carry any name (scripts are text too); a ZIP may be any of the many zip-based formats. */
    private static boolean anyNameFits(Kind kind) {
        return kind == Kind.TEXT || kind == Kind.ZIP;
    }

    static String extensionOf(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String trimmed = last.replaceAll("[. ]+$", "");
        int dot = trimmed.lastIndexOf('.');
        return dot < 0 ? "" : trimmed.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static Kind sniff(byte[] h) {
        if (starts(h, 0, '%', 'P', 'D', 'F', '-')) {
            return Kind.PDF;
        }
        if (starts(h, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Kind.PNG;
        }
        if (starts(h, 0, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (starts(h, 0, 'G', 'I', 'F', '8', '7', 'a') || starts(h, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Kind.GIF;
        }
        if (starts(h, 0, 'R', 'I', 'F', 'F') && starts(h, 8, 'W', 'E', 'B', 'P')) {
            return Kind.WEBP;
        }
        if (starts(h, 0, 'B', 'M') && h.length >= 26 && h[6] == 0 && h[7] == 0 && h[8] == 0 && h[9] == 0) {
            return Kind.BMP; // reserved bytes zero, so that text beginning "BM" is not taken for an image
        }
        if (starts(h, 0, 'I', 'I', 0x2A, 0x00) || starts(h, 0, 'M', 'M', 0x00, 0x2A)) {
            return Kind.TIFF;
        }
        if (starts(h, 4, 'f', 't', 'y', 'p')) {
            return starts(h, 8, 'h', 'e', 'i', 'c')
                            || starts(h, 8, 'h', 'e', 'i', 'x')
                            || starts(h, 8, 'm', 'i', 'f', '1')
                    ? Kind.HEIC
                    : Kind.MP4;
        }
        if (starts(h, 0, 'I', 'D', '3') || starts(h, 0, 0xFF, 0xFB)) {
            return Kind.MP3;
        }
        if (starts(h, 0, 'P', 'K', 0x03, 0x04)
                || starts(h, 0, 'P', 'K', 0x05, 0x06)
                || starts(h, 0, 'P', 'K', 0x07, 0x08)) {
            return zipKind(h);
        }
        if (starts(h, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Kind.OLE;
        }
        if (starts(h, 0, 0x1F, 0x8B)) {
            return Kind.GZIP;
        }
        if (starts(h, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return Kind.SEVEN_ZIP;
        }
        if (starts(h, 0, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return Kind.RAR;
        }
        if (starts(h, 0, '{', '\\', 'r', 't', 'f')) {
            return Kind.RTF;
        }
        if (starts(h, 0, 'M', 'Z')) {
            return Kind.WINDOWS_EXECUTABLE;
        }
        if (starts(h, 0, 0x7F, 'E', 'L', 'F')) {
            return Kind.ELF_EXECUTABLE;
        }
        if (starts(h, 0, 0xFE, 0xED, 0xFA, 0xCE)
                || starts(h, 0, 0xFE, 0xED, 0xFA, 0xCF)
                || starts(h, 0, 0xCE, 0xFA, 0xED, 0xFE)
                || starts(h, 0, 0xCF, 0xFA, 0xED, 0xFE)) {
            return Kind.MACH_O_EXECUTABLE;
        }
        if (starts(h, 0, 0xCA, 0xFE, 0xBA, 0xBE)) {
            // A universal Mach-O binary and a Java class file share this magic; both run code.
            return h.length >= 8 && (h[6] != 0 || Byte.toUnsignedInt(h[7]) >= 45) ? Kind.JAVA : Kind.MACH_O_EXECUTABLE;
        }
        if (starts(h, 0, 0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00)) {
            return Kind.WINDOWS_SHORTCUT;
        }
        if (isScript(h)) {
            return Kind.SCRIPT;
        }
        if (isText(h)) {
            return Kind.TEXT;
        }
        return Kind.UNKNOWN;
    }

    /** Office and OpenDocument files and Java archives are ZIP files; their first entry names tell them apart. */
    private static Kind zipKind(byte[] h) {
        String names = new String(h, StandardCharsets.ISO_8859_1);
        if (names.contains("META-INF/MANIFEST.MF") || names.contains(".class")) {
            return Kind.JAVA;
        }
        if (names.contains("mimetypeapplication/vnd.oasis.opendocument")) {
            return Kind.OPEN_DOCUMENT;
        }
        if (names.contains("[Content_Types].xml") || names.contains("_rels/.rels")) {
            if (names.contains("word/")) {
                return Kind.WORD;
            }
            if (names.contains("xl/")) {
                return Kind.EXCEL;
            }
            if (names.contains("ppt/")) {
                return Kind.POWERPOINT;
            }
        }
        return Kind.ZIP;
    }

    private static boolean isScript(byte[] h) {
        int start = starts(h, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (starts(h, start, '#', '!')) {
            return true;
        }
        String text = new String(h, start, h.length - start, StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return text.startsWith("@echo off")
                || text.startsWith("@echo on")
                || text.contains("<hta:application")
                || (text.startsWith("<job") || text.startsWith("<package")) && text.contains("<script");
    }

    /** UTF-8 (or ASCII) with no control characters but tab, line breaks and form feed; a cut last character is fine. */
    private static boolean isText(byte[] h) {
        if (h.length == 0) {
            return false;
        }
        for (byte b : h) {
            int c = Byte.toUnsignedInt(b);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return false;
            }
        }
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(h);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(h.length);
        java.nio.charset.CoderResult result = decoder.decode(in, out, false);
        // Without end-of-input, a character cut at the end of the sniffed bytes stays undecoded rather than malformed.
        return !result.isError() && h.length - in.position() < 4;
    }

    private static boolean starts(byte[] h, int at, int... magic) {
        if (h.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (Byte.toUnsignedInt(h[at + i]) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
