package dev.ormplayground.challenge.room;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ormplayground.challenge.CheckLine;
import dev.ormplayground.files.FileWriteException;
import dev.ormplayground.files.SafeFileWriter;
import dev.ormplayground.run.ProgramVersion;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Check results as files: one small JSON file per check in the learner's data folder
 * ({@code results/}), one hand-in file holding them all, and the search an instructor runs over
 * the files a room handed in.
 *
 * <p>A result file is a JSON object: {@code "format": "orm-playground-check-result"}, then
 * {@code learner}, {@code challenge}, {@code passed}, {@code when} (ISO-8601, UTC),
 * {@code program_version}, {@code source_sha256} and {@code conditions} (each {@code text} and
 * {@code passed}). A hand-in file is {@code "format": "orm-playground-hand-in"} with
 * {@code results}, an array of such objects. Reading ignores fields it does not know (a later
 * version may add some) and refuses a result that lacks one it needs, naming the field.
 */
public final class CheckResults {

    /** The folder of the data folder that holds one file per check. */
    public static final String FOLDER = "results";
    public static final String RESULT_FORMAT = "orm-playground-check-result";
    public static final String HAND_IN_FORMAT = "orm-playground-hand-in";
    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int HASH_CHARS = 8;
    private static final int MOST_SAME_NAMES = 1000;

    private CheckResults() {
    }

    /**
     * What a search found: the results (each check once, however many files held it) and, for
     * each file that could not be read, one sentence: {@code could not read F: why}.
     */
    public record Found(List<CheckResult> results, List<String> unreadable) {

        public Found {
            results = List.copyOf(results);
            unreadable = List.copyOf(unreadable);
        }
    }

    /**
     * Writes {@code result} as a new file in {@code dataFolder/results/}, named by its challenge,
     * its time (UTC, to the millisecond) and the first characters of its source's hash, e.g.
     * {@code n-plus-one-20250301T101500123Z-3f2a9c1e.json}; written whole or not at all, and never
     * over an existing file ({@code -2}, {@code -3} ... is added to a name already taken).
     *
     * @return the file written
     * @throws FileWriteException when it cannot be written, saying why
     */
    public static Path write(Path dataFolder, CheckResult result) {
        Path folder = dataFolder.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new FileWriteException("Could not make the folder " + folder + " for your check results: " + reason(e), e);
        }
        byte[] json = bytes(resultFile(result));
        String stem = result.challenge().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + NAME_TIME.format(result.when()) + "-"
                + result.sourceSha256().substring(0, HASH_CHARS);
        for (int n = 1; n <= MOST_SAME_NAMES; n++) {
            Path target = folder.resolve(stem + (n == 1 ? "" : "-" + n) + ".json");
            if (Files.exists(target)) {
                continue;
            }
            try {
                SafeFileWriter.write(target, SafeFileWriter.IfExists.REFUSE, out -> out.write(json));
                return target;
            } catch (FileWriteException e) {
                if (!Files.exists(target)) {
                    throw e;
                }
                // another check took this name meanwhile: the next one
            }
        }
        throw new FileWriteException("Could not write a check result in " + folder + ": " + MOST_SAME_NAMES
                + " files named " + stem + "* exist already");
    }

    /**
     * Every check result in {@code dataFolder/results/}, oldest first; none when there is no
     * such folder. A file that cannot be read is left out ({@link #find} says why).
     */
    public static List<CheckResult> in(Path dataFolder) {
        Path folder = dataFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<CheckResult> results = new ArrayList<>(find(List.of(folder)).results());
        results.sort(Comparator.comparing(CheckResult::when).thenComparing(CheckResult::challenge));
        return List.copyOf(results);
    }

    /**
     * Saves every check result in {@code dataFolder} ({@link #in}) as one file to hand in,
     * {@code out}: written whole or not at all, never over an existing file.
     *
     * @return {@code out}
     * @throws FileWriteException    when {@code out} exists already or cannot be written, saying why
     * @throws IllegalStateException when there is no check result to hand in yet
     */
    public static Path handIn(Path dataFolder, Path out) {
        if (Files.exists(out)) {
            throw new FileWriteException(out + " already exists: a hand-in never replaces a file; choose another name");
        }
        List<CheckResult> results = in(dataFolder);
        if (results.isEmpty()) {
            throw new IllegalStateException("There is no check result in " + dataFolder.resolve(FOLDER)
                    + " to hand in yet: check a challenge first");
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", HAND_IN_FORMAT);
        root.put("format_version", FORMAT_VERSION);
        root.put("handed_in", Instant.now().toString());
        root.put("program_version", ProgramVersion.current());
        ArrayNode array = root.putArray("results");
        results.forEach(result -> array.add(fields(result)));
        byte[] json = bytes(root);
        SafeFileWriter.write(out, SafeFileWriter.IfExists.REFUSE, stream -> stream.write(json));
        return out;
    }

    /**
     * The check results in these files and folders. A folder is searched through, sub-folders
     * included (hidden ones not), for {@code *.json} files: result files and hand-in files, so a
     * learner's whole data folder may be given (its {@code results/} is found). A file given
     * directly is read whatever its name. Each check counts once, however many files hold it
     * ({@link CheckResult#key()}); each file, or result in a hand-in file, that cannot be read,
     * and each path that does not exist, gives one sentence in {@link Found#unreadable()}.
     */
    public static Found find(List<Path> filesOrDirs) {
        Map<CheckResult.Key, CheckResult> results = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : filesOrDirs) {
            if (Files.isDirectory(path)) {
                for (Path file : jsonFilesIn(path, unreadable)) {
                    read(file, seen, results, unreadable);
                }
            } else if (Files.exists(path)) {
                read(path, seen, results, unreadable);
            } else {
                unreadable.add("could not read " + path + ": there is no such file or folder");
            }
        }
        return new Found(new ArrayList<>(results.values()), unreadable);
    }

    /** The system's user name ({@code user.name}), the learner a check states unless told otherwise. */
    public static String defaultLearner() {
        String name = System.getProperty("user.name", "").strip();
        return name.isEmpty() ? "anonymous" : name;
    }

    // ---- writing ----

    private static ObjectNode resultFile(CheckResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", RESULT_FORMAT);
        root.put("format_version", FORMAT_VERSION);
        root.setAll(fields(result));
        return root;
    }

    private static ObjectNode fields(CheckResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("learner", result.learner());
        node.put("challenge", result.challenge());
        node.put("passed", result.passed());
        node.put("when", result.when().toString());
        node.put("program_version", result.programVersion());
        node.put("source_sha256", result.sourceSha256());
        ArrayNode conditions = node.putArray("conditions");
        for (CheckLine line : result.conditions()) {
            conditions.addObject().put("text", line.text()).put("passed", line.passed());
        }
        return node;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of text, numbers and booleans is always JSON", e);
        }
    }

    // ---- reading ----

    private static List<Path> jsonFilesIn(Path folder, List<String> unreadable) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (attributes.isRegularFile() && name.endsWith(".json") && !hidden(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.add("could not read " + file + ": " + reason(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            unreadable.add("could not read " + folder + ": " + reason(e));
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    private static void read(Path file, Set<Path> seen, Map<CheckResult.Key, CheckResult> results, List<String> unreadable) {
        if (!seen.add(file.toAbsolutePath().normalize())) {
            return;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            unreadable.add("could not read " + file + ": it is not JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
            return;
        } catch (IOException e) {
            unreadable.add("could not read " + file + ": " + reason(e));
            return;
        }
        if (root == null || root.isMissingNode()) {
            unreadable.add("could not read " + file + ": it is empty");
            return;
        }
        if (!root.isObject()) {
            unreadable.add("could not read " + file + ": it is not a check result or a hand-in file (it holds JSON "
                    + root.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object)");
            return;
        }
        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            unreadable.add("could not read " + file + ": it is not a check result or a hand-in file (it has no field \"format\")");
        } else if (RESULT_FORMAT.equals(format.asText())) {
            try {
                add(result(root), results);
            } catch (NotAResult e) {
                unreadable.add("could not read " + file + ": " + e.getMessage());
            }
        } else if (HAND_IN_FORMAT.equals(format.asText())) {
            JsonNode array = root.get("results");
            if (array == null || !array.isArray()) {
                unreadable.add("could not read " + file + ": it is a hand-in file without the array \"results\"");
                return;
            }
            for (int i = 0; i < array.size(); i++) {
                try {
                    add(result(array.get(i)), results);
                } catch (NotAResult e) {
                    unreadable.add("could not read " + file + ": result " + (i + 1) + " of " + array.size() + ": "
                            + e.getMessage());
                }
            }
        } else {
            unreadable.add("could not read " + file + ": it is not a check result or a hand-in file (its format is \""
                    + format.asText() + "\")");
        }
    }

    private static void add(CheckResult result, Map<CheckResult.Key, CheckResult> results) {
        results.putIfAbsent(result.key(), result);
    }

    private static CheckResult result(JsonNode node) throws NotAResult {
        if (!node.isObject()) {
            throw new NotAResult("it is not a JSON object");
        }
        String learner = text(node, "learner");
        String challenge = text(node, "challenge");
        boolean passed = bool(node, "passed", "the field \"passed\"");
        String when = text(node, "when");
        Instant instant;
        try {
            instant = Instant.parse(when);
        } catch (DateTimeParseException e) {
            throw new NotAResult("the field \"when\" is not a time such as 2025-03-01T10:15:00Z: \"" + when + "\"");
        }
        String version = text(node, "program_version");
        String sha = text(node, "source_sha256");
        if (!sha.matches("[0-9a-fA-F]{64}")) {
            throw new NotAResult("the field \"source_sha256\" is not 64 hex digits: \"" + sha + "\"");
        }
        JsonNode array = node.get("conditions");
        if (array == null || array.isNull()) {
            throw new NotAResult("the field \"conditions\" is missing");
        }
        if (!array.isArray()) {
            throw new NotAResult("the field \"conditions\" is not a list");
        }
        List<CheckLine> conditions = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode condition = array.get(i);
            String which = "condition " + (i + 1);
            if (!condition.isObject()) {
                throw new NotAResult(which + " is not a JSON object");
            }
            JsonNode text = condition.get("text");
            if (text == null || text.isNull()) {
                throw new NotAResult(which + " has no field \"text\"");
            }
            if (!text.isTextual()) {
                throw new NotAResult(which + ": the field \"text\" is not text");
            }
            conditions.add(new CheckLine(text.asText(), bool(condition, "passed", which + ": the field \"passed\"")));
        }
        try {
            return new CheckResult(learner, challenge, passed, conditions, instant, version, sha);
        } catch (IllegalArgumentException e) {
            throw new NotAResult(e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) throws NotAResult {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new NotAResult("the field \"" + field + "\" is missing");
        }
        if (!value.isTextual()) {
            throw new NotAResult("the field \"" + field + "\" is not text");
        }
        if (value.asText().isBlank()) {
            throw new NotAResult("the field \"" + field + "\" is empty");
        }
        return value.asText();
    }

    private static boolean bool(JsonNode node, String field, String named) throws NotAResult {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new NotAResult(named + " is missing");
        }
        if (!value.isBoolean()) {
            throw new NotAResult(named + " is not true or false");
        }
        return value.booleanValue();
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "there is no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Why a JSON value is no check result, in words. */
    private static final class NotAResult extends Exception {

        NotAResult(String why) {
            super(why, null, false, false);
        }
    }
}
