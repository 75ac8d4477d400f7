package dev.ormplayground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md stays true to the code it describes: it has a glossary; every class it
 * names in a code span ({@code Playground}, {@code engine.Playground}, {@code Playground.show})
 * exists under src/main/java or src/test/java, in the package it is qualified with, and has the
 * member it is named with; every package it names ({@code dev.ormplayground.ui.sql}, or as a
 * folder, {@code ui/sql/}) exists; and every package of the program has a package-info.java.
 * The page names few classes, so adding one never means editing it; moving or renaming a class
 * the page does name fails here. Runs with the project folder as working directory.
 */
class ArchitectureDocTest {

    private static final Path PAGE = Path.of("docs", "architecture.md");
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Path TEST = Path.of("src", "test", "java");
    private static final String ROOT = "dev.ormplayground";
    private static final Path ROOT_FOLDER = MAIN.resolve(ROOT.replace('.', '/'));

    /** Fenced code blocks: a diagram, not names to check. */
    private static final Pattern FENCED = Pattern.compile("(?ms)^\\s*```.*?^\\s*```[^\\n]*$");
    /** An inline code span and its text. */
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern GLOSSARY = Pattern.compile("(?m)^#{1,6}\\s+.*Glossary.*$");
    /**
     * A Java name, qualified or not, with a call's parentheses at most: {@code Playground},
     * {@code engine.Playground}, {@code Ladder.standard()}, {@code LadderExport.Pictures}.
     */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "((?:[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)(?:\\(.*\\))?");
    /** A type's name as code writes it: an upper-case letter first, at least one lower-case one. */
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*");
    /** A package in full: {@code dev.ormplayground.run.kind}. */
    private static final Pattern FULL_PACKAGE = Pattern.compile("dev\\.ormplayground(?:\\.[a-z][a-z0-9_]*)*");
    /** A folder: {@code ui/sql}, {@code run/kind/}, {@code engine/}. */
    private static final Pattern FOLDER = Pattern.compile(
            "[a-z][a-z0-9_]*(?:/[a-z][a-z0-9_]*)+/?|[a-z][a-z0-9_]*/");
    private static final Pattern DECLARATION = Pattern.compile("\\b(?:class|record|enum|interface)\\s+([A-Z][A-Za-z0-9_]*)");

    /** Each simple type name in the source trees, to the files that declare it. */
    private static Map<String, List<Path>> declared;

    @BeforeAll
    static void readTheSources() throws IOException {
        declared = new HashMap<>();
        for (Path tree : List.of(MAIN, TEST)) {
            try (Stream<Path> files = Files.walk(tree)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String name = file.getFileName().toString();
                    Set<String> types = new LinkedHashSet<>();
                    types.add(name.substring(0, name.length() - ".java".length()));
                    Matcher declaration = DECLARATION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (declaration.find()) {
                        types.add(declaration.group(1));
                    }
                    types.forEach(type -> declared.computeIfAbsent(type, t -> new ArrayList<>()).add(file));
                }
            }
        }
    }

    @Test
    void thePageHasAGlossary() throws IOException {
        assertThat(GLOSSARY.matcher(page()).find()).as("a heading containing \"Glossary\" in " + PAGE).isTrue();
    }

    @Test
    void everyClassThePageNamesExists() throws IOException {
        List<String> named = new ArrayList<>();
        List<String> missing = missingClasses(page(), named);

        assertThat(named).as("class names in code spans of " + PAGE).isNotEmpty();
        assertThat(missing).as("classes (or their members) named in " + PAGE + " but not in src/main/java or src/test/java")
                .isEmpty();
    }

    @Test
    void everyPackageThePageNamesExists() throws IOException {
        List<String> named = new ArrayList<>();
        List<String> missing = missingPackages(page(), named);

        assertThat(named).as("packages in code spans of " + PAGE).isNotEmpty();
        assertThat(missing).as("packages named in " + PAGE + " that are no folder").isEmpty();
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        List<String> without = new ArrayList<>();
        try (Stream<Path> folders = Files.walk(ROOT_FOLDER)) {
            folders.filter(Files::isDirectory).sorted()
                    .filter(folder -> !Files.isRegularFile(folder.resolve("package-info.java")))
                    .forEach(folder -> without.add(MAIN.relativize(folder).toString().replace('/', '.')));
        }

        assertThat(without).as("packages under " + ROOT_FOLDER + " without a package-info.java").isEmpty();
    }

    @Test
    void eachCheckCatchesAMadeUpName() {
        String madeUp = """
                # A page
                `Playground`, `engine.Playground`, `Playground.show`, `ui/sql/` and `dev.ormplayground.run.kind` exist.
                `NoSuchRoom` does not, nor `ui.Playground`, `Playground.noSuchMethod`, `ui/nosuch/`
                or `dev.ormplayground.nosuch`; `COPY` and `H2` are no class names.
                """;

        assertThat(missingClasses(madeUp, new ArrayList<>()))
                .containsExactly("NoSuchRoom", "ui.Playground", "Playground.noSuchMethod");
        assertThat(missingPackages(madeUp, new ArrayList<>())).containsExactly("ui/nosuch/", "dev.ormplayground.nosuch");
    }

    private static String page() throws IOException {
        return Files.readString(PAGE, StandardCharsets.UTF_8);
    }

    /** The text of each code span outside fenced blocks. */
    private static List<String> codeSpans(String markdown) {
        List<String> spans = new ArrayList<>();
        Matcher span = CODE_SPAN.matcher(FENCED.matcher(markdown).replaceAll(""));
        while (span.find()) {
            spans.add(span.group(1).trim());
        }
        return spans;
    }

    /** The class-like names of the page that name no type, no type in that package, or no such member; {@code named} gets them all. */
    static List<String> missingClasses(String markdown, List<String> named) {
        Set<String> missing = new LinkedHashSet<>();
        for (String span : codeSpans(markdown)) {
            Matcher name = JAVA_NAME.matcher(span);
            if (!name.matches()) {
                continue;
            }
            List<String> parts = Arrays.asList(name.group(1).split("\\."));
            int first = 0;
            while (!Character.isUpperCase(parts.get(first).charAt(0))) {
                first++;
            }
            if (!TYPE_NAME.matcher(parts.get(first)).matches()) {
                continue; // COPY, H2: a word in capitals, no type name
            }
            named.add(span);
            String packageName = first == 0 ? null
                    : (span.startsWith(ROOT + ".") ? "" : ROOT + ".") + String.join(".", parts.subList(0, first));
            if (!exists(packageName, parts.subList(first, parts.size()))) {
                missing.add(name.group(1));
            }
        }
        return List.copyOf(missing);
    }

    /**
     * Whether the type {@code names.get(0)} is declared (in {@code packageName}, when given), each
     * upper-case name after it is a type declared in the same file, and a member named last is in it.
     */
    private static boolean exists(String packageName, List<String> names) {
        List<Path> files = declared.getOrDefault(names.get(0), List.of()).stream()
                .filter(file -> packageName == null || inPackage(file, packageName)).toList();
        for (String inner : names.subList(1, names.size())) {
            if (files.isEmpty()) {
                return false;
            }
            if (TYPE_NAME.matcher(inner).matches()) {
                files = files.stream().filter(file -> declared.getOrDefault(inner, List.of()).contains(file)).toList();
            } else {
                Pattern word = Pattern.compile("\\b" + Pattern.quote(inner) + "\\b");
                files = files.stream().filter(file -> word.matcher(read(file)).find()).toList();
            }
        }
        return !files.isEmpty();
    }

    private static boolean inPackage(Path file, String packageName) {
        Path folder = Path.of(packageName.replace('.', '/'));
        return file.getParent().equals(MAIN.resolve(folder)) || file.getParent().equals(TEST.resolve(folder));
    }

    /** The packages of the page, in full or as folders, that are no folder; {@code named} gets them all. */
    static List<String> missingPackages(String markdown, List<String> named) {
        Set<String> missing = new LinkedHashSet<>();
        for (String span : codeSpans(markdown)) {
            boolean there;
            if (FULL_PACKAGE.matcher(span).matches()) {
                Path folder = Path.of(span.replace('.', '/'));
                there = Files.isDirectory(MAIN.resolve(folder)) || Files.isDirectory(TEST.resolve(folder));
            } else if (FOLDER.matcher(span).matches()) {
                // A package's folder under dev/ormplayground, or a folder of the project (src/jmh/).
                there = Files.isDirectory(ROOT_FOLDER.resolve(span)) || Files.isDirectory(Path.of(span));
            } else {
                continue;
            }
            named.add(span);
            if (!there) {
                missing.add(span);
            }
        }
        return List.copyOf(missing);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
