package io.ccmm.assessment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmm.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The assessment interchange JSON of FORMATS.md: strict reading with messages that name the place, and writing. */
public final class InterchangeJson {

    public static final String FORMAT = "ccmm-assessment";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InterchangeJson() {}

    /**
     * Reads one assessment rated against {@code catalog}.
     *
     * @param ignoreCatalogDigest score even when the file pins another version (sha256) of the same catalog id
     */
    public static Assessment read(byte[] json, Catalog catalog, boolean ignoreCatalogDigest)
            throws InvalidAssessmentException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String at = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new InvalidAssessmentException("not valid JSON" + at + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidAssessmentException("the file is not a JSON object");
        }

        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            throw new InvalidAssessmentException("format: missing (expected \"" + FORMAT + "\")");
        }
        if (!FORMAT.equals(format.asText()) || !format.isTextual()) {
            throw new InvalidAssessmentException("format: " + format + " is not \"" + FORMAT + "\"");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw new InvalidAssessmentException("formatVersion: missing or not a whole number");
        }
        if (version.asInt() > FORMAT_VERSION) {
            throw new InvalidAssessmentException("formatVersion: " + version.asInt() + " is newer than this app reads ("
                    + FORMAT_VERSION + "); update the app to open this file");
        }
        if (version.asInt() < 1) {
            throw new InvalidAssessmentException("formatVersion: " + version.asInt() + " is not a valid version");
        }

        CatalogRef ref = readCatalogRef(root.get("catalog"), catalog, ignoreCatalogDigest);
        Organization org = readOrganization(object(root, "organization"));
        RoundInfo round = readRound(object(root, "assessment"));
        List<Rating> ratings = readRatings(root.get("ratings"), catalog);
        return new Assessment(ref, org, round, ratings);
    }

    private static CatalogRef readCatalogRef(JsonNode node, Catalog catalog, boolean ignoreDigest)
            throws InvalidAssessmentException {
        if (node == null || node.isNull()) {
            return new CatalogRef(catalog.id(), "");
        }
        if (!node.isObject()) {
            throw new InvalidAssessmentException("catalog: expected an object with \"id\"");
        }
        String id = text(node, "catalog", "id").orElse(catalog.id());
        if (!id.equals(catalog.id())) {
            throw new InvalidAssessmentException(
                    "catalog.id: \"" + id + "\" is not the catalog in use (" + catalog.id() + ")");
        }
        String sha = text(node, "catalog", "sha256").orElse("");
        if (!sha.isEmpty() && !sha.equalsIgnoreCase(catalog.sha256()) && !ignoreDigest) {
            throw new InvalidAssessmentException("catalog.sha256: the assessment was rated against another version of "
                    + id + " (" + shortHash(sha) + ", in use " + shortHash(catalog.sha256())
                    + "); pass --ignore-catalog-digest to use it anyway");
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
            if (!y.isIntegralNumber() || y.asLong() < 0 || y.asLong() > 1000) {
                throw new InvalidAssessmentException(
                        "organization.yearsInOperation: " + y + " is not a whole number of years (0 or more)");
            }
            years = OptionalInt.of(y.asInt());
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
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new InvalidAssessmentException("assessment.date: \"" + date + "\" is not a date (yyyy-MM-dd)");
            }
        }
        List<String> assessors = new ArrayList<>();
        JsonNode a = node.get("assessors");
        if (a != null && !a.isNull()) {
            if (!a.isArray()) {
                throw new InvalidAssessmentException("assessment.assessors: expected a list of names");
            }
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).isTextual()) {
                    throw new InvalidAssessmentException("assessment.assessors[" + i + "]: expected a name (text)");
                }
                assessors.add(a.get(i).asText());
            }
        }
        OptionalInt target = OptionalInt.empty();
        JsonNode t = node.get("targetLevel");
        if (t != null && !t.isNull()) {
            if (!t.isIntegralNumber() || t.asInt() < 1 || t.asInt() > 5) {
                throw new InvalidAssessmentException("assessment.targetLevel: " + t + " is not a level from 1 to 5");
            }
            target = OptionalInt.of(t.asInt());
        }
        return new RoundInfo(text(node, "assessment", "title").orElse(""), date, assessors, target);
    }

    private static List<Rating> readRatings(JsonNode node, Catalog catalog) throws InvalidAssessmentException {
        List<Rating> ratings = new ArrayList<>();
        if (node == null || node.isNull()) {
            return ratings;
        }
        if (!node.isArray()) {
            throw new InvalidAssessmentException("ratings: expected a list");
        }
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String where = "ratings[" + i + "]";
            JsonNode r = node.get(i);
            if (!r.isObject()) {
                throw new InvalidAssessmentException(where + ": expected an object with \"item\"");
            }
            JsonNode item = r.get("item");
            if (item == null || item.isNull()) {
                throw new InvalidAssessmentException(where + ".item: missing");
            }
            if (!item.isIntegralNumber() || catalog.item(item.asInt()).isEmpty()) {
                throw new InvalidAssessmentException(where + ".item: " + item + " is not in catalog " + catalog.id());
            }
            int id = item.asInt();
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                throw new InvalidAssessmentException(
                        where + ".item: item " + id + " is rated twice (also ratings[" + first + "])");
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
            throw new InvalidAssessmentException(where + ".notApplicable: " + n + " is not true or false");
        }
        return n.booleanValue();
    }

    /** An N/A item (SCORING.md §2): no C or F, and a justification that is not blank. */
    private static Rating notApplicableRating(JsonNode r, String where, int id, Rate c, Rate f, String note)
            throws InvalidAssessmentException {
        if (c.isRated() || f.isRated()) {
            throw new InvalidAssessmentException(where + ": an item is either rated or not applicable");
        }
        String justification = text(r, where, "justification").orElse("");
        if (justification.isBlank()) {
            throw new InvalidAssessmentException(
                    where + ".justification: an item marked not applicable needs a justification");
        }
        if (justification.length() > Rating.MAX_TEXT_LENGTH) {
            throw new InvalidAssessmentException(where + ".justification: " + justification.length()
                    + " characters, more than the " + Rating.MAX_TEXT_LENGTH + " allowed");
        }
        return new Rating(id, Rate.UNRATED, Rate.UNRATED, note, true, justification);
    }

    private static Rate rate(JsonNode node, String where) throws InvalidAssessmentException {
        if (node == null || node.isNull()) {
            return Rate.UNRATED;
        }
        if (!node.isIntegralNumber()) {
            throw new InvalidAssessmentException(where + ": " + node + " is not one of 10, 5, 0");
        }
        Optional<Rate> rate = Rate.ofPoints(node.asInt());
        if (rate.isEmpty() || !node.canConvertToInt()) {
            throw new InvalidAssessmentException(where + ": " + node + " is not one of 10, 5, 0");
        }
        return rate.get();
    }

    private static JsonNode object(JsonNode root, String field) throws InvalidAssessmentException {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new InvalidAssessmentException(field + ": expected an object");
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
            throw new InvalidAssessmentException(where + "." + field + ": " + n + " is not text");
        }
        return Optional.of(n.asText());
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
