package dev.ormplayground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README stays a short front door and the pages in docs/ hold the rest: the README is at most
 * 200 lines and names the two commands a new user needs, and no relative link of the README or of
 * a page points to a file that is not there. Runs with the project folder as working directory.
 */
class DocsTest {

    private static final Path README = Path.of("README.md");
    private static final Path DOCS = Path.of("docs");
    private static final int MAX_README_LINES = 200;

    /** A Markdown link or picture: {@code ](target)} or {@code ](target "title")}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*([^)\\s]+)(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** Fenced code blocks, whose text is not Markdown. */
    private static final Pattern FENCED = Pattern.compile("(?ms)^\\s*```.*?^\\s*```[^\\n]*$");
    /** Inline code spans, whose text is not Markdown either. */
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

    @Test
    void readmeIsAtMost200Lines() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);

        assertThat(lines).as("lines of README.md (the rest belongs in a page under docs/)")
                .hasSizeLessThanOrEqualTo(MAX_README_LINES);
    }

    @Test
    void readmeNamesTheCommandsToRunAndToTest() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);

        assertThat(readme).as("README.md").contains("./mvnw javafx:run").contains("./mvnw verify");
    }

    @Test
    void everyRelativeLinkPointsToAFileThatExists() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(README);
        try (Stream<Path> files = Files.walk(DOCS)) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            for (String target : relativeLinks(Files.readString(page, StandardCharsets.UTF_8))) {
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved = page.toAbsolutePath().getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + ": ](" + target + ") -> " + Path.of("").toAbsolutePath().relativize(resolved));
                }
            }
        }

        assertThat(pages).as("pages checked").contains(README).hasSizeGreaterThan(1);
        assertThat(broken).as("relative links to files that do not exist").isEmpty();
    }

    @Test
    void theProjectHasItsLicence() {
        assertThat(Path.of("LICENSE")).as("LICENSE at the project root").isRegularFile();
    }

    /** The link targets of a Markdown text, outside code, that are neither web addresses nor anchors alone. */
    static List<String> relativeLinks(String markdown) {
        String prose = INLINE_CODE.matcher(FENCED.matcher(markdown).replaceAll("")).replaceAll("");
        List<String> targets = new ArrayList<>();
        Matcher link = LINK.matcher(prose);
        while (link.find()) {
            String target = link.group(1);
            String lower = target.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")
                    || target.startsWith("#")) {
                continue;
            }
            targets.add(target);
        }
        return targets;
    }
}
