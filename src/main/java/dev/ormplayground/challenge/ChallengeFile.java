package dev.ormplayground.challenge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one challenge from its YAML file (the format is in docs/challenges.md), strictly: a missing or
 * misspelt key, or a value out of range, is an {@link IllegalArgumentException} naming the file,
 * the key and what is allowed, so an instructor's typo never becomes a challenge that checks
 * nothing.
 */
public final class ChallengeFile {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Set<String> TOP = Set.of("id", "title", "goal", "why", "starter", "hints", "conditions",
            "hidden", "solution");
    private static final Set<String> CODE = Set.of("from", "code", "replace", "with", "mark", "note");
    private static final Set<String> CONDITIONS = Set.of("statements", "rows-read", "page-query-uses-index",
            "page-query-rows-scanned", "columns-not-read", "same-page-query-as", "forbid", "warm-statements");
    private static final Set<String> HIDDEN = Set.of("posts", "seed", "page");
    private static final Set<String> FORBIDDEN = Set.of(Conditions.NATIVE_SQL);

    private final String name;

    private ChallengeFile(String name) {
        this.name = name;
    }

    /** The challenge in {@code text}, the content of the file {@code name}. */
    public static Challenge read(String name, String text) {
        return new ChallengeFile(name).challenge(text);
    }

    private Challenge challenge(String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw problem("is not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw problem("must be a YAML mapping with the keys " + String.join(", ", sorted(TOP)));
        }
        known(root, "", TOP);
        String id = text(root, "id");
        if (!ID.matcher(id).matches()) {
            throw problem("id must be lower case words joined by '-', e.g. n-plus-one; got '" + id + "'");
        }
        List<String> hints = new ArrayList<>();
        JsonNode hintNodes = root.path("hints");
        if (!hintNodes.isArray() || hintNodes.isEmpty()) {
            throw problem("hints must be a list of at least one hint");
        }
        hintNodes.forEach(hint -> hints.add(hint.asText().strip()));
        return new Challenge(id, text(root, "title"), text(root, "goal"), text(root, "why"),
                code(root, "starter"), hints, conditions(root.path("conditions")), hidden(root.path("hidden")),
                code(root, "solution"));
    }

    private Challenge.Code code(JsonNode root, String key) {
        JsonNode node = root.path(key);
        if (!node.isObject()) {
            throw problem(key + " must be a mapping with 'from' (a level's id) or 'code' (a level's source)");
        }
        known(node, key + ".", CODE);
        String from = optionalText(node, "from");
        String code = optionalText(node, "code");
        if ((from == null) == (code == null)) {
            throw problem(key + " needs exactly one of 'from' (a level's id) and 'code' (a level's source)");
        }
        String replace = raw(node, "replace");
        String with = raw(node, "with");
        if ((replace == null) != (with == null)) {
            throw problem(key + ".replace and " + key + ".with go together: the text to find, and what it becomes");
        }
        String mark = optionalText(node, "mark");
        String note = optionalText(node, "note");
        if ((mark == null) != (note == null)) {
            throw problem(key + ".mark and " + key + ".note go together: the text to find, and the comment to put above it");
        }
        return new Challenge.Code(from, code, replace, with, mark, note);
    }

    private Conditions conditions(JsonNode node) {
        if (!node.isObject()) {
            throw problem("conditions must be a mapping of " + String.join(", ", sorted(CONDITIONS)));
        }
        known(node, "conditions.", CONDITIONS);
        Integer rowsRead = null;
        Integer rowsReadHidden = null;
        JsonNode rows = node.path("rows-read");
        if (rows.isObject()) {
            known(rows, "conditions.rows-read.", Set.of("sample", "hidden"));
            rowsRead = whole(rows, "sample", "conditions.rows-read.", 1, 100_000_000);
            rowsReadHidden = whole(rows, "hidden", "conditions.rows-read.", 1, 100_000_000);
        } else if (!rows.isMissingNode()) {
            rowsRead = whole(node, "rows-read", "conditions.", 1, 100_000_000);
            rowsReadHidden = rowsRead;
        }
        List<String> forbid = list(node, "forbid");
        for (String forbidden : forbid) {
            if (!FORBIDDEN.contains(forbidden)) {
                throw problem("conditions.forbid may hold " + String.join(", ", sorted(FORBIDDEN)) + "; got '" + forbidden + "'");
            }
        }
        List<String> columns = list(node, "columns-not-read");
        for (String column : columns) {
            if (!column.matches("(users|posts|comments|likes)\\.[a-z_]+")) {
                throw problem("conditions.columns-not-read holds table.column of the blog's tables, e.g. posts.body; got '"
                        + column + "'");
            }
        }
        JsonNode usesIndex = node.path("page-query-uses-index");
        if (!usesIndex.isMissingNode() && !usesIndex.isBoolean()) {
            throw problem("conditions.page-query-uses-index must be true or false");
        }
        return new Conditions(optionalWhole(node, "statements", "conditions.", 1, 10_000), rowsRead, rowsReadHidden,
                usesIndex.asBoolean(false), optionalWhole(node, "page-query-rows-scanned", "conditions.", 1, 100_000_000),
                columns, optionalText(node, "same-page-query-as"), forbid,
                optionalWhole(node, "warm-statements", "conditions.", 1, 10_000));
    }

    private Challenge.HiddenData hidden(JsonNode node) {
        if (node.isMissingNode()) {
            return Challenge.HiddenData.DEFAULT;
        }
        known(node, "hidden.", HIDDEN);
        Challenge.HiddenData fallback = Challenge.HiddenData.DEFAULT;
        Integer posts = optionalWhole(node, "posts", "hidden.", 1, 1_000_000);
        Integer seed = optionalWhole(node, "seed", "hidden.", 0, Integer.MAX_VALUE);
        Integer page = optionalWhole(node, "page", "hidden.", 1, 500);
        return new Challenge.HiddenData(posts == null ? fallback.posts() : posts, seed == null ? fallback.seed() : seed,
                page == null ? fallback.page() : page);
    }

    private void known(JsonNode node, String prefix, Set<String> keys) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!keys.contains(key)) {
                throw problem("unknown key '" + prefix + key + "' (known here: " + String.join(", ", sorted(keys)) + ")");
            }
        }
    }

    private String text(JsonNode node, String key) {
        String value = optionalText(node, key);
        if (value == null) {
            throw problem("needs '" + key + "'");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String key) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        return value.isTextual() && value.asText().contains("\n") ? value.asText() : value.asText().strip();
    }

    /** A text as it is written, spaces and line ends kept: code to find or put in. */
    private static String raw(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isMissingNode() || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }

    private List<String> list(JsonNode node, String key) {
        JsonNode value = node.path(key);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw problem("conditions." + key + " must be a list");
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asText().strip()));
        return items;
    }

    private Integer optionalWhole(JsonNode node, String key, String prefix, int min, int max) {
        return node.path(key).isMissingNode() ? null : whole(node, key, prefix, min, max);
    }

    private int whole(JsonNode node, String key, String prefix, int min, int max) {
        JsonNode value = node.path(key);
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            throw problem(prefix + key + " must be a whole number from " + min + " to " + max + "; got '"
                    + (value.isMissingNode() ? "nothing" : value.asText()) + "'");
        }
        return value.asInt();
    }

    private IllegalArgumentException problem(String what) {
        return new IllegalArgumentException(name + ": " + what);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
