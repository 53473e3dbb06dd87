package io.ccmm.ui.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings file, read and written with Jackson's streaming parser and generator. The window reads the settings
 * before anything else, while JavaFX starts: Jackson's data binding would first inspect the two records by reflection
 * (about 0.1 s of CPU, BENCHMARKS.md "Window start, run 7"), where this reads them field by field. The file is the one
 * data binding wrote before, byte for byte ({@code SettingsJsonTest} compares the two): the records' fields in their
 * order, indented, the logo in base64 and a window position never set as {@code "NaN"}. Unknown fields are skipped; a
 * missing or {@code null} field takes the value data binding gave it (0, {@code false}, or the record's default).
 */
final class SettingsJson {

    private static final JsonFactory JSON = new JsonFactory();

    private SettingsJson() {}

    /** The settings in {@code in}; anything that is not such a settings object is an {@link IOException}. */
    static Settings read(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(p, "the settings are not a JSON object");
            }
            String language = null;
            String theme = null;
            double x = 0;
            double y = 0;
            double width = 0;
            double height = 0;
            boolean maximized = false;
            List<String> recent = null;
            BrandingDefaults branding = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "language" -> language = text(p);
                    case "theme" -> theme = text(p);
                    case "windowX" -> x = number(p);
                    case "windowY" -> y = number(p);
                    case "windowWidth" -> width = number(p);
                    case "windowHeight" -> height = number(p);
                    case "maximized" -> maximized = flag(p);
                    case "recentFiles" -> recent = texts(p);
                    case "brandingDefaults" -> branding = branding(p);
                    default -> p.skipChildren();
                }
            }
            end(p);
            return new Settings(language, theme, x, y, width, height, maximized, recent, branding);
        }
    }

    /** {@code settings} as the settings file holds them. */
    static byte[] write(Settings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("language", settings.language());
            g.writeStringField("theme", settings.theme());
            g.writeNumberField("windowX", settings.windowX());
            g.writeNumberField("windowY", settings.windowY());
            g.writeNumberField("windowWidth", settings.windowWidth());
            g.writeNumberField("windowHeight", settings.windowHeight());
            g.writeBooleanField("maximized", settings.maximized());
            g.writeArrayFieldStart("recentFiles");
            for (String file : settings.recentFiles()) {
                g.writeString(file);
            }
            g.writeEndArray();
            BrandingDefaults b = settings.brandingDefaults();
            g.writeObjectFieldStart("brandingDefaults");
            g.writeStringField("consultancy", b.consultancy());
            g.writeBinaryField("logo", b.logo());
            g.writeStringField("logoType", b.logoType());
            g.writeStringField("accent", b.accent());
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static BrandingDefaults branding(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p, JsonToken.START_OBJECT, "an object");
        String consultancy = null;
        byte[] logo = null;
        String logoType = null;
        String accent = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "consultancy" -> consultancy = text(p);
                case "logo" -> logo = p.currentToken() == JsonToken.VALUE_NULL ? null : binary(p);
                case "logoType" -> logoType = text(p);
                case "accent" -> accent = text(p);
                default -> p.skipChildren();
            }
        }
        return new BrandingDefaults(consultancy, logo, logoType, accent);
    }

    private static byte[] binary(JsonParser p) throws IOException {
        expect(p, JsonToken.VALUE_STRING, "base64 text");
        return p.getBinaryValue();
    }

    private static String text(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!t.isScalarValue()) {
            throw new JsonParseException(p, "expected text for " + p.currentName());
        }
        return p.getText();
    }

    /** A number, or a number in text ({@code "NaN"}, {@code "Infinity"}, {@code "12.5"}); {@code null} is 0. */
    private static double number(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (t.isNumeric()) {
            return p.getDoubleValue();
        }
        expect(p, JsonToken.VALUE_STRING, "a number");
        try {
            return Double.parseDouble(p.getText().strip());
        } catch (NumberFormatException e) {
            throw new JsonParseException(p, "expected a number for " + p.currentName(), e);
        }
    }

    /** {@code true} or {@code false}, also in text; {@code null} is {@code false}. */
    private static boolean flag(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE
                || t == JsonToken.VALUE_STRING && p.getText().strip().equals("true")) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE
                || t == JsonToken.VALUE_NULL
                || t == JsonToken.VALUE_STRING && p.getText().strip().equals("false")) {
            return false;
        }
        throw new JsonParseException(p, "expected true or false for " + p.currentName());
    }

    private static List<String> texts(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(p, JsonToken.START_ARRAY, "a list");
        List<String> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String s = text(p);
            if (s == null) {
                throw new JsonParseException(p, "a recent file without a name");
            }
            list.add(s);
        }
        return list;
    }

    private static void expect(JsonParser p, JsonToken token, String what) throws IOException {
        if (p.currentToken() != token) {
            throw new JsonParseException(p, "expected " + what + " for " + p.currentName());
        }
    }

    /** The object was closed (what follows it is not read, as data binding did not read it). */
    private static void end(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonParseException(p, "the settings object is not closed");
        }
    }
}
