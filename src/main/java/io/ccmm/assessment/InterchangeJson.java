package io.ccmm.assessment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmm.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** The assessment interchange JSON of FORMATS.md: strict reading with messages that name the place, and writing. */
public final class InterchangeJson {

    public static final String FORMAT = "ccmm-assessment";
    public static final int FORMAT_VERSION = 1;

    /** The largest interchange file read (170 items with the longest notes fit many times over). */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /** The most entries in {@code ratings}; a catalog item appears at most once. */
    public static final int MAX_RATINGS = 10_000;
    /** The most assessors named in one round. */
    public static final int MAX_ASSESSORS = 100;

    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_DIGITS = 100;
    static final int MAX_STRING_CHARS = 1_000_000;
    static final int MAX_YEARS = 1000;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int VALUE_SHOWN = 40;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The reading side: a duplicate key, trailing text or an oversized token is an error, never a silent choice. */
    private static final ObjectMapper READER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER_DIGITS)
                            .maxStringLength(MAX_STRING_CHARS)
                            .maxNameLength(1000)
                            .maxDocumentLength(MAX_BYTES)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private InterchangeJson() {}

    /**
     * Reads one assessment rated against {@code catalog}.
     *
     * @param ignoreCatalogDigest score even when the file pins another version (sha256) of the same catalog id
     */
    public static Assessment read(byte[] json, Catalog catalog, boolean ignoreCatalogDigest)
            throws InvalidAssessmentException {
        JsonNode root = parse(decode(json));
        if (root == null || !root.isObject()) {
            throw InvalidAssessmentException.of("notObject");
        }

        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            throw InvalidAssessmentException.of("format.missing", FORMAT);
        }
        if (!format.isTextual() || !FORMAT.equals(format.asText())) {
            throw InvalidAssessmentException.of("format.other", shown(format), FORMAT);
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || version.isNull()) {
            throw InvalidAssessmentException.of("formatVersion.missing");
        }
        if (version.isIntegralNumber() && version.bigIntegerValue().compareTo(BigInteger.valueOf(FORMAT_VERSION)) > 0) {
            throw InvalidAssessmentException.of("formatVersion.newer", shown(version), String.valueOf(FORMAT_VERSION));
        }
        wholeNumber(version, "formatVersion", 1, FORMAT_VERSION);

        CatalogRef ref = readCatalogRef(root.get("catalog"), catalog, ignoreCatalogDigest);
        Organization org = readOrganization(object(root, "organization"));
        JsonNode roundNode = object(root, "assessment");
        RoundInfo round = readRound(roundNode);
        String uid = readUid(roundNode);
        List<Rating> ratings = readRatings(root.get("ratings"), catalog);
        return new Assessment(ref, org, round, ratings, uid);
    }

    /**
     * The text of the file, decoded strictly: invalid UTF-8 is refused, never replaced. A UTF-8 byte order mark (as
     * Windows editors write) is skipped; UTF-16 and UTF-32 text is refused with its name.
     */
    private static String decode(byte[] json) throws InvalidAssessmentException {
        if (json.length > MAX_BYTES) {
            throw InvalidAssessmentException.of("tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        if (startsWith(json, 0x00, 0x00, 0xFE, 0xFF) || startsWith(json, 0xFF, 0xFE, 0x00, 0x00)) {
            throw InvalidAssessmentException.of("encoding.other", "UTF-32");
        }
        if (startsWith(json, 0xFE, 0xFF) || startsWith(json, 0xFF, 0xFE)) {
            throw InvalidAssessmentException.of("encoding.other", "UTF-16");
        }
        int start = startsWith(json, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < json.length; i++) {
            // UTF-8 JSON never holds a NUL byte; UTF-16 and UTF-32 text (without a byte order mark) always does.
            if (json[i] == 0) {
                throw InvalidAssessmentException.of("encoding.nul", String.valueOf(i), String.valueOf(line(json, i)));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json, start, json.length - start);
        CharBuffer out = CharBuffer.allocate(json.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw InvalidAssessmentException.of("encoding.invalid", String.valueOf(at), String.valueOf(line(json, at)));
        }
        return out.flip().toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int line(byte[] bytes, int end) {
        int line = 1;
        for (int i = 0; i < end && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static JsonNode parse(String text) throws InvalidAssessmentException {
        try (JsonParser parser = READER.createParser(text)) {
            try {
                JsonNode root = READER.readTree(parser);
                if (parser.nextToken() != null) {
                    throw InvalidAssessmentException.of("trailing", line(parser), column(parser));
                }
                return root;
            } catch (StreamConstraintsException e) {
                throw tooBig(e, line(parser));
            } catch (JsonProcessingException e) {
                String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
                JsonLocation loc = e.getLocation() == null ? parser.currentLocation() : e.getLocation();
                String line = String.valueOf(loc.getLineNr());
                String column = String.valueOf(loc.getColumnNr());
                if (message.startsWith("Duplicate")) {
                    String place = place(parser.getParsingContext().getParent());
                    String name = String.valueOf(parser.getParsingContext().getCurrentName());
                    throw place.isEmpty()
                            ? InvalidAssessmentException.of("duplicateKey.top", name, line, column)
                            : InvalidAssessmentException.of("duplicateKey", place, name, line, column);
                }
                if (e instanceof JsonEOFException || message.contains("end-of-input")) {
                    throw InvalidAssessmentException.of("truncated", line, column);
                }
                throw InvalidAssessmentException.of("notJson", line, column);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(JsonParser parser) {
        return String.valueOf(parser.currentLocation().getLineNr());
    }

    private static String column(JsonParser parser) {
        return String.valueOf(parser.currentLocation().getColumnNr());
    }

    private static InvalidAssessmentException tooBig(StreamConstraintsException e, String line) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("nesting depth")) {
            return InvalidAssessmentException.of("limit.depth", String.valueOf(MAX_DEPTH), line);
        }
        if (message.contains("Number value length")) {
            return InvalidAssessmentException.of("limit.number", String.valueOf(MAX_NUMBER_DIGITS), line);
        }
        if (message.contains("Document length")) {
            return InvalidAssessmentException.of("tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        return InvalidAssessmentException.of("limit.string", grouped(MAX_STRING_CHARS), line);
    }

    /** The place of a parsing context in the notation of our messages: {@code ratings[3]}, {@code organization}. */
    private static String place(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.add(0, c.inArray() ? "[" + Math.max(0, c.getCurrentIndex()) + "]" : "." + c.getCurrentName());
        }
        String place = String.join("", parts);
        return place.startsWith(".") ? place.substring(1) : place;
    }

    private static CatalogRef readCatalogRef(JsonNode node, Catalog catalog, boolean ignoreDigest)
            throws InvalidAssessmentException {
        if (node == null || node.isNull()) {
            return new CatalogRef(catalog.id(), "");
        }
        if (!node.isObject()) {
            throw InvalidAssessmentException.of("catalog.notObject");
        }
        String id = text(node, "catalog", "id").orElse(catalog.id());
        if (!id.equals(catalog.id())) {
            throw InvalidAssessmentException.of("catalog.other", shown(id), catalog.id());
        }
        String sha = text(node, "catalog", "sha256").orElse("");
        if (!sha.isEmpty() && !sha.equalsIgnoreCase(catalog.sha256()) && !ignoreDigest) {
            throw InvalidAssessmentException.of(
                    "catalog.digest", shown(id), shortHash(sha), shortHash(catalog.sha256()));
        }
        return new CatalogRef(id, sha);
    }

    private static Organization readOrganization(JsonNode node) throws InvalidAssessmentException {
        if (node == null) {
            return new Organization("", "", "", OptionalInt.empty());
        }
        OptionalInt years = OptionalInt.empty();
        JsonNode y = node.get("yearsInOperation");
        if (y != null && !y.isNull()) {
            years = OptionalInt.of(wholeNumber(y, "organization.yearsInOperation", 0, MAX_YEARS));
        }
        return new Organization(
                text(node, "organization", "name").orElse(""),
                text(node, "organization", "site").orElse(""),
                text(node, "organization", "industry").orElse(""),
                years);
    }

    private static RoundInfo readRound(JsonNode node) throws InvalidAssessmentException {
        if (node == null) {
            return new RoundInfo("", "", List.of(), OptionalInt.empty());
        }
        String date = text(node, "assessment", "date").orElse("");
        if (!date.isEmpty()) {
            // ISO_LOCAL_DATE alone takes "+12026-03-01"; a round's date is four-digit year, month and day.
            try {
                if (!DATE.matcher(date).matches()) {
                    throw new DateTimeParseException("not yyyy-MM-dd", date, 0);
                }
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw InvalidAssessmentException.of("date", "assessment.date", shown(date));
            }
        }
        List<String> assessors = new ArrayList<>();
        JsonNode a = node.get("assessors");
        if (a != null && !a.isNull()) {
            if (!a.isArray()) {
                throw InvalidAssessmentException.of("assessors.notList", "assessment.assessors");
            }
            if (a.size() > MAX_ASSESSORS) {
                throw InvalidAssessmentException.of(
                        "tooMany", "assessment.assessors", grouped(a.size()), grouped(MAX_ASSESSORS));
            }
            for (int i = 0; i < a.size(); i++) {
                String where = "assessment.assessors[" + i + "]";
                if (!a.get(i).isTextual()) {
                    throw InvalidAssessmentException.of("assessors.notName", where);
                }
                assessors.add(checkedText(a.get(i).asText(), where));
            }
        }
        OptionalInt target = OptionalInt.empty();
        JsonNode t = node.get("targetLevel");
        if (t != null && !t.isNull()) {
            if (!t.isIntegralNumber() || !t.canConvertToInt() || t.asInt() < 1 || t.asInt() > 5) {
                throw InvalidAssessmentException.of("targetLevel", "assessment.targetLevel", shown(t));
            }
            target = OptionalInt.of(t.asInt());
        }
        return new RoundInfo(text(node, "assessment", "title").orElse(""), date, assessors, target);
    }

    /** {@code assessment.uid}: a UUID in its canonical text (lower case kept as written), "" when absent or null. */
    private static String readUid(JsonNode node) throws InvalidAssessmentException {
        JsonNode u = node == null ? null : node.get("uid");
        if (u == null || u.isNull()) {
            return "";
        }
        String text = u.isTextual() ? u.asText() : "";
        if (!UID.matcher(text).matches()) {
            throw InvalidAssessmentException.of("uid", "assessment.uid", shown(u));
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static List<Rating> readRatings(JsonNode node, Catalog catalog) throws InvalidAssessmentException {
        List<Rating> ratings = new ArrayList<>();
        if (node == null || node.isNull()) {
            return ratings;
        }
        if (!node.isArray()) {
            throw InvalidAssessmentException.of("ratings.notList");
        }
        if (node.size() > MAX_RATINGS) {
            throw InvalidAssessmentException.of("tooMany", "ratings", grouped(node.size()), grouped(MAX_RATINGS));
        }
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String where = "ratings[" + i + "]";
            JsonNode r = node.get(i);
            if (!r.isObject()) {
                throw InvalidAssessmentException.of("rating.notObject", where);
            }
            int id = item(r.get("item"), where + ".item", catalog);
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                throw InvalidAssessmentException.of(
                        "item.twice", where + ".item", String.valueOf(id), "ratings[" + first + "]");
            }
            Rate c = rate(r.get("c"), where + ".c");
            Rate f = rate(r.get("f"), where + ".f");
            String note = text(r, where, "note").orElse("");
            ratings.add(
                    notApplicable(r, where)
                            ? notApplicableRating(r, where, id, c, f, note)
                            : new Rating(id, c, f, note));
        }
        return ratings;
    }

    /** {@code "notApplicable": true}; absent, null or false is an applicable item. */
    private static boolean notApplicable(JsonNode r, String where) throws InvalidAssessmentException {
        JsonNode n = r.get("notApplicable");
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            throw InvalidAssessmentException.of("rating.notApplicable.notBoolean", where + ".notApplicable", n);
        }
        return n.booleanValue();
    }

    /** An N/A item (SCORING.md §2): no C or F, and a justification that is not blank. */
    private static Rating notApplicableRating(JsonNode r, String where, int id, Rate c, Rate f, String note)
            throws InvalidAssessmentException {
        if (c.isRated() || f.isRated()) {
            throw InvalidAssessmentException.of("rating.ratedAndNotApplicable", where);
        }
        String justification = text(r, where, "justification").orElse("");
        if (justification.isBlank()) {
            throw InvalidAssessmentException.of("rating.justification.missing", where + ".justification");
        }
        return new Rating(id, Rate.UNRATED, Rate.UNRATED, note, true, justification);
    }

    /** An item id: a whole number naming an item of {@code catalog}, never wrapped or rounded. */
    private static int item(JsonNode node, String where, Catalog catalog) throws InvalidAssessmentException {
        if (node == null || node.isNull()) {
            throw InvalidAssessmentException.of("item.missing", where);
        }
        int lowest = catalog.items().stream().mapToInt(i -> i.id()).min().orElse(1);
        int highest = catalog.items().stream().mapToInt(i -> i.id()).max().orElse(lowest);
        int id = wholeNumber(node, where, lowest, highest, catalog.id());
        if (catalog.item(id).isEmpty()) {
            throw InvalidAssessmentException.of("item.notInCatalog", where, String.valueOf(id), catalog.id());
        }
        return id;
    }

    private static Rate rate(JsonNode node, String where) throws InvalidAssessmentException {
        if (node == null || node.isNull()) {
            return Rate.UNRATED;
        }
        Optional<Rate> rate =
                node.isIntegralNumber() && node.canConvertToInt() ? Rate.ofPoints(node.asInt()) : Optional.empty();
        if (rate.isEmpty()) {
            throw InvalidAssessmentException.of("rate", where, shown(node));
        }
        return rate.get();
    }

    private static int wholeNumber(JsonNode node, String where, int lowest, int highest)
            throws InvalidAssessmentException {
        return wholeNumber(node, where, lowest, highest, null);
    }

    /**
     * An exact whole number from {@code lowest} to {@code highest}: {@code 10.0}, {@code 1e1}, text and numbers beyond
     * the range (however many digits) are refused, naming the place; nothing is wrapped to 32 bits.
     */
    private static int wholeNumber(JsonNode node, String where, int lowest, int highest, String catalogId)
            throws InvalidAssessmentException {
        if (!node.isIntegralNumber()) {
            throw InvalidAssessmentException.of("number.notWhole", where, shown(node));
        }
        BigInteger value = node.bigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(lowest)) < 0 || value.compareTo(BigInteger.valueOf(highest)) > 0) {
            if (catalogId != null) {
                throw InvalidAssessmentException.of(
                        "item.outOfRange", where, shown(node), catalogId, lowest + "–" + highest);
            }
            throw InvalidAssessmentException.of(
                    "number.range", where, shown(node), String.valueOf(lowest), String.valueOf(highest));
        }
        return value.intValueExact();
    }

    private static JsonNode object(JsonNode root, String field) throws InvalidAssessmentException {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw InvalidAssessmentException.of("notAnObject", field);
        }
        return n;
    }

    private static Optional<String> text(JsonNode parent, String where, String field)
            throws InvalidAssessmentException {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            throw InvalidAssessmentException.of("notText", where + "." + field, shown(n));
        }
        return Optional.of(checkedText(n.asText(), where + "." + field));
    }

    /**
     * Text as the file gives it, or a refusal: longer than {@link Rating#MAX_TEXT_LENGTH} (the limit the window and the
     * file share), or with a lone surrogate (an escape such as a single \ud800, which no file could keep).
     */
    private static String checkedText(String text, String where) throws InvalidAssessmentException {
        if (text.length() > Rating.MAX_TEXT_LENGTH) {
            throw InvalidAssessmentException.of(
                    "text.tooLong", where, grouped(text.length()), grouped(Rating.MAX_TEXT_LENGTH));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw InvalidAssessmentException.of("text.surrogate", where, String.valueOf(i + 1));
            }
        }
        return text;
    }

    /** A value as it stands in the file, shortened so that a hostile megabyte never fills the terminal. */
    private static String shown(JsonNode node) {
        return shown(node.toString());
    }

    private static String shown(String value) {
        return value.length() <= VALUE_SHOWN ? value : value.substring(0, VALUE_SHOWN) + "…";
    }

    private static String grouped(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String shortHash(String sha) {
        return "sha256 " + (sha.length() > 12 ? sha.substring(0, 12) + "…" : sha);
    }

    /** Writes the interchange JSON; unrated angles and empty ratings are left out. */
    public static byte[] write(Assessment a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode cat = root.putObject("catalog");
        cat.put("id", a.catalog().id());
        if (!a.catalog().sha256().isEmpty()) {
            cat.put("sha256", a.catalog().sha256());
        }
        ObjectNode org = root.putObject("organization");
        org.put("name", a.organization().name());
        org.put("site", a.organization().site());
        if (!a.organization().industry().isEmpty()) {
            org.put("industry", a.organization().industry());
        }
        a.organization().yearsInOperation().ifPresent(y -> org.put("yearsInOperation", y));
        ObjectNode round = root.putObject("assessment");
        if (!a.uid().isEmpty()) {
            round.put("uid", a.uid());
        }
        round.put("title", a.round().title());
        if (!a.round().date().isEmpty()) {
            round.put("date", a.round().date());
        }
        ArrayNode assessors = round.putArray("assessors");
        a.round().assessors().forEach(assessors::add);
        a.round().targetLevel().ifPresent(t -> round.put("targetLevel", t));
        ArrayNode ratings = root.putArray("ratings");
        for (Rating r : a.ratings()) {
            if (r.isEmpty()) {
                continue;
            }
            ObjectNode n = ratings.addObject();
            n.put("item", r.item());
            if (r.c().isRated()) {
                n.put("c", r.c().points());
            }
            if (r.f().isRated()) {
                n.put("f", r.f().points());
            }
            if (!r.note().isEmpty()) {
                n.put("note", r.note());
            }
            if (r.notApplicable()) {
                n.put("notApplicable", true);
                n.put("justification", r.justification());
            }
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
