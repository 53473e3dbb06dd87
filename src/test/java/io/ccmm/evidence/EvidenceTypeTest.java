package io.ccmm.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ccmm.evidence.EvidenceType.Kind;
import io.ccmm.evidence.EvidenceType.Risk;
import io.ccmm.storage.StorageOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTypeTest {

    static Stream<Arguments> contents() throws Exception {
        return Stream.of(
                // name, content, real type, risk, name fits the content
                row("report.pdf", ascii("%PDF-1.7\n%\u00e2\u00e3"), Kind.PDF, Risk.OPEN, true),
                row(
                        "photo.png",
                        bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13),
                        Kind.PNG,
                        Risk.OPEN,
                        true),
                row(
                        "photo.JPG",
                        bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'),
                        Kind.JPEG,
                        Risk.OPEN,
                        true),
                row("anim.gif", ascii("GIF89a\u0001\u0000"), Kind.GIF, Risk.OPEN, true),
                row("pic.webp", ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "), Kind.WEBP, Risk.OPEN, true),
                row("scan.tif", bytes('I', 'I', 0x2A, 0, 8, 0, 0, 0), Kind.TIFF, Risk.OPEN, true),
                row("bitmap.bmp", bmp(), Kind.BMP, Risk.OPEN, true),
                row(
                        "iphone.heic",
                        bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'),
                        Kind.HEIC,
                        Risk.OPEN,
                        true),
                row(
                        "clip.mp4",
                        bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'),
                        Kind.MP4,
                        Risk.OPEN,
                        true),
                row("call.mp3", ascii("ID3\u0004\u0000"), Kind.MP3, Risk.OPEN, true),
                row("plan.docx", zip("[Content_Types].xml", "word/document.xml"), Kind.WORD, Risk.OPEN, true),
                row("kpi.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"), Kind.EXCEL, Risk.OPEN, true),
                row("deck.pptx", zip("[Content_Types].xml", "ppt/presentation.xml"), Kind.POWERPOINT, Risk.OPEN, true),
                row("macro.xlsm", zip("[Content_Types].xml", "xl/vbaProject.bin"), Kind.EXCEL, Risk.ASK_FIRST, true),
                row("bundle.zip", zip("a.txt", "b.txt"), Kind.ZIP, Risk.OPEN, true),
                row("tool.jar", zip("META-INF/MANIFEST.MF", "Main.class"), Kind.JAVA, Risk.ASK_FIRST, true),
                row("photos.zip", zip("META-INF/MANIFEST.MF", "x.class"), Kind.JAVA, Risk.ASK_FIRST, false),
                row("old.doc", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), Kind.OLE, Risk.OPEN, true),
                row("setup.msi", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), Kind.OLE, Risk.ASK_FIRST, true),
                row("logs.gz", bytes(0x1F, 0x8B, 8, 0), Kind.GZIP, Risk.OPEN, true),
                row("a.7z", bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C), Kind.SEVEN_ZIP, Risk.OPEN, true),
                row("a.rar", ascii("Rar!\u001A\u0007\u0000"), Kind.RAR, Risk.OPEN, true),
                row("memo.rtf", ascii("{\\rtf1\\ansi"), Kind.RTF, Risk.OPEN, true),
                row("notes.txt", utf8("制度齐全,执行记录不完整\r\n第二行\tok"), Kind.TEXT, Risk.OPEN, true),
                row("data.csv", utf8("item,c,f\n1,10,5\n"), Kind.TEXT, Risk.OPEN, true),
                row("empty.txt", new byte[0], Kind.UNKNOWN, Risk.OPEN, true),
                row("blob.dat", bytes(0, 1, 2, 3, 0xFE, 0xFF), Kind.UNKNOWN, Risk.OPEN, true),
                // executables by content, whatever the name says
                row("setup.exe", ascii("MZ\u0090\u0000\u0003"), Kind.WINDOWS_EXECUTABLE, Risk.ASK_FIRST, true),
                row("invoice.pdf", ascii("MZ\u0090\u0000\u0003"), Kind.WINDOWS_EXECUTABLE, Risk.ASK_FIRST, false),
                row("photo.jpg", bytes(0x7F, 'E', 'L', 'F', 2, 1, 1), Kind.ELF_EXECUTABLE, Risk.ASK_FIRST, false),
                row("app", bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1), Kind.MACH_O_EXECUTABLE, Risk.ASK_FIRST, false),
                row(
                        "fat.png",
                        bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 2),
                        Kind.MACH_O_EXECUTABLE,
                        Risk.ASK_FIRST,
                        false),
                row("Main.class", bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61), Kind.JAVA, Risk.ASK_FIRST, true),
                row(
                        "report.docx",
                        bytes(0x4C, 0, 0, 0, 1, 0x14, 2, 0, 0, 0),
                        Kind.WINDOWS_SHORTCUT,
                        Risk.ASK_FIRST,
                        false),
                // scripts by content, whatever the name says
                row("notes.txt", utf8("#!/bin/sh\nrm -rf ~\n"), Kind.SCRIPT, Risk.ASK_FIRST, false),
                row("run.sh", utf8("#!/usr/bin/env bash\necho hi\n"), Kind.SCRIPT, Risk.ASK_FIRST, true),
                row("bom.txt", bytes(0xEF, 0xBB, 0xBF, '#', '!', '/', 'b'), Kind.SCRIPT, Risk.ASK_FIRST, false),
                row("readme.txt", utf8("@ECHO OFF\r\ndel *.*\r\n"), Kind.SCRIPT, Risk.ASK_FIRST, false),
                row("page.html", utf8("<html><head><HTA:APPLICATION id=x></head>"), Kind.SCRIPT, Risk.ASK_FIRST, false),
                row(
                        "job.xml",
                        utf8("<job id=\"x\"><script language=\"VBScript\">"),
                        Kind.SCRIPT,
                        Risk.ASK_FIRST,
                        false),
                // scripts by name: their content is plain text
                row("install.ps1", utf8("Write-Host 'hi'\n"), Kind.TEXT, Risk.ASK_FIRST, true),
                row("x.vbs", utf8("MsgBox \"hi\"\n"), Kind.TEXT, Risk.ASK_FIRST, true),
                row("x.js", utf8("WScript.Echo('hi');\n"), Kind.TEXT, Risk.ASK_FIRST, true),
                row("x.bat", utf8("dir\r\n"), Kind.TEXT, Risk.ASK_FIRST, true),
                row("x.cmd", utf8("dir\r\n"), Kind.TEXT, Risk.ASK_FIRST, true),
                row("x.hta", utf8("<html></html>"), Kind.TEXT, Risk.ASK_FIRST, true),
                // risky names with unknown content, the risky name hidden behind trailing dots, spaces or case
                row("x.scr", bytes(0, 0, 0), Kind.UNKNOWN, Risk.ASK_FIRST, true),
                row("x.COM", bytes(0xB4, 0x09), Kind.UNKNOWN, Risk.ASK_FIRST, true),
                row("x.lnk", bytes(1, 2, 3), Kind.UNKNOWN, Risk.ASK_FIRST, true),
                row("x.msi", bytes(1, 2, 3), Kind.UNKNOWN, Risk.ASK_FIRST, true),
                row("Evil.EXE. ", bytes(1, 2, 3), Kind.UNKNOWN, Risk.ASK_FIRST, true),
                row("report.pdf.exe", ascii("%PDF-1.4"), Kind.PDF, Risk.ASK_FIRST, false));
    }

    @ParameterizedTest(name = "{0}: {2}, {3}")
    @MethodSource("contents")
    void classifies(String name, byte[] content, Kind kind, Risk risk, boolean fits) {
        EvidenceType type = EvidenceType.classify(name, content);
        assertEquals(kind, type.kind(), name);
        assertEquals(risk, type.risk(), name);
        assertEquals(fits, type.nameMatchesContent(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"exe", "bat", "cmd", "com", "scr", "ps1", "vbs", "js", "jar", "lnk", "hta", "msi", "sh"})
    void everyExecutableOrScriptNameAsksFirstWhateverItHolds(String extension) throws Exception {
        for (byte[] content : new byte[][] {ascii("%PDF-1.7"), utf8("plain words"), new byte[0], bmp()}) {
            EvidenceType type = EvidenceType.classify("harmless." + extension, content);
            assertEquals(Risk.ASK_FIRST, type.risk(), extension);
            assertEquals(extension, type.extension());
        }
    }

    @Test
    void executableContentAsksFirstUnderEveryName() {
        for (Kind kind : Kind.values()) {
            if (kind.executable()) {
                assertFalse(kind.mediaType().isBlank());
            }
        }
        byte[] exe = ascii("MZ\u0090\u0000");
        for (String name : new String[] {"a.pdf", "a.txt", "a", "", null, "photo.jpeg"}) {
            assertEquals(Risk.ASK_FIRST, EvidenceType.classify(name, exe).risk(), String.valueOf(name));
        }
    }

    @Test
    void onlyTheSniffedBytesAreLookedAt() {
        byte[] big = new byte[EvidenceLimits.SNIFF_BYTES * 3];
        Arrays.fill(big, (byte) 'a');
        System.arraycopy(ascii("%PDF-"), 0, big, 0, 5);
        assertEquals(Kind.PDF, EvidenceType.classify("a.pdf", big).kind());
        byte[] textWithCutCharacter = Arrays.copyOf(utf8("评".repeat(2000)), EvidenceLimits.SNIFF_BYTES);
        assertEquals(
                Kind.TEXT, EvidenceType.classify("a.txt", textWithCutCharacter).kind());
    }

    @Test
    void limitsKeepTheFiftyMegabytesOfTheAssessmentFile() {
        assertEquals(StorageOptions.DEFAULT_MAX_ATTACHMENT_BYTES, EvidenceLimits.MAX_ATTACHMENT_BYTES);
        assertTrue(EvidenceLimits.allowsSize(EvidenceLimits.MAX_ATTACHMENT_BYTES));
        assertFalse(EvidenceLimits.allowsSize(EvidenceLimits.MAX_ATTACHMENT_BYTES + 1));
        assertFalse(EvidenceLimits.allowsSize(-1));
        assertTrue(EvidenceLimits.allowsAnotherOnItem(EvidenceLimits.MAX_ATTACHMENTS_PER_ITEM - 1));
        assertFalse(EvidenceLimits.allowsAnotherOnItem(EvidenceLimits.MAX_ATTACHMENTS_PER_ITEM));
        assertTrue(EvidenceLimits.allowsAnotherInRound(EvidenceLimits.MAX_ATTACHMENTS_PER_ROUND - 1));
        assertFalse(EvidenceLimits.allowsAnotherInRound(EvidenceLimits.MAX_ATTACHMENTS_PER_ROUND));
        assertTrue(EvidenceLimits.MAX_ATTACHMENTS_PER_ITEM <= EvidenceLimits.MAX_ATTACHMENTS_PER_ROUND);
    }

    private static Arguments row(String name, byte[] content, Kind kind, Risk risk, boolean fits) {
        return Arguments.of(name, content, kind, risk, fits);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] bmp() {
        byte[] b = new byte[54];
        b[0] = 'B';
        b[1] = 'M';
        b[10] = 54;
        b[14] = 40;
        return b;
    }

    private static byte[] zip(String... entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (String entry : entries) {
                    zip.putNextEntry(new ZipEntry(entry));
                    zip.write(entry.getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
