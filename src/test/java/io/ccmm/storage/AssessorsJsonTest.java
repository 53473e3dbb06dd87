package io.ccmm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A round's assessors, read and written field by field, are the JSON that Jackson's data binding wrote and read
 * before: the same text for seeded random names (Chinese, quotes, back slashes, control characters, empty names), and
 * for seeded mutations of it either the list data binding read or a refusal as a damaged file (code 11), never another
 * exception. Another seed: {@code -Dccmm.assessors.seed=N}.
 */
class AssessorsJsonTest {

    private static final long SEED = Long.getLong("ccmm.assessors.seed", 20261130L);
    private static final ObjectMapper DATA_BINDING = new ObjectMapper();
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};
    private static final String[] NAMES_TO_PICK = {
        "王芳",
        "Li Wei",
        "",
        " ",
        "O'Brien",
        "\"quoted\"",
        "back\\slash",
        "tab\tline\nbreak",
        "\u0000\u001f\u007f",
        "emoji 😀",
        "ünïcödé",
        "a,b",
        "[not a list]"
    };

    @Test
    void writesWhatDataBindingWroteAndReadsItBack() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 1000; i++) {
            List<String> names = names(random);
            String json = Rounds.assessorsJson(names);
            assertEquals(DATA_BINDING.writeValueAsString(names), json, "seed " + SEED + ", case " + i);
            assertEquals(names, Rounds.assessors(json), "seed " + SEED + ", case " + i);
        }
    }

    @Test
    void mutatedListsAreReadAsDataBindingReadThemOrRefusedAsDamaged() throws Exception {
        Random random = new Random(SEED + 1);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 5000; i++) {
            String json = mutate(Rounds.assessorsJson(names(random)), random);
            String context = "seed " + (SEED + 1) + ", case " + i + ": " + json;
            List<String> ours;
            try {
                ours = Rounds.assessors(json);
                read++;
            } catch (SQLException e) {
                assertEquals(11, e.getErrorCode(), context);
                refused++;
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError(context, e);
            }
            assertEquals(DATA_BINDING.readValue(json, NAMES), ours, context);
        }
        if (read == 0 || refused == 0) {
            throw new AssertionError("the mutations should both keep and break lists: " + read + " read, " + refused);
        }
    }

    private static List<String> names(Random random) {
        List<String> names = new ArrayList<>();
        for (int k = random.nextInt(5); k > 0; k--) {
            names.add(NAMES_TO_PICK[random.nextInt(NAMES_TO_PICK.length)]);
        }
        return names;
    }

    private static String mutate(String json, Random random) {
        StringBuilder s = new StringBuilder(json);
        for (int e = 1 + random.nextInt(3); e > 0 && s.length() > 0; e--) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.setCharAt(at, "[]{}\",:0n \\ta".charAt(random.nextInt(13)));
                case 1 -> s.deleteCharAt(at);
                case 2 -> s.insert(at, "[]{}\",:1nulltrue".charAt(random.nextInt(16)));
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }
}
