package dev.ormplayground.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A level the user wrote compiles in-process and runs like any level; a mistake in it is a line with its position. */
class LevelCompilerTest {

    private static final String OWN_LEVEL = """
            package my.levels;

            import dev.ormplayground.domain.FeedItem;
            import dev.ormplayground.levels.FeedLevel;
            import dev.ormplayground.levels.NaiveFeed;
            import java.util.List;
            import org.hibernate.Session;

            public class BatchedNaive implements FeedLevel {
                @Override
                public List<FeedItem> buildFeed(Session session, int pageSize) {
                    session.setFetchBatchSize(50);
                    return new NaiveFeed().buildFeed(session, pageSize);
                }
            }
            """;

    @Test
    void aLevelInAnyPackageCompilesAndRunsCheckedAgainstNaive(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("BatchedNaive.java"), OWN_LEVEL);

        Level level = LevelCompiler.level(file);

        assertEquals("batched-naive", level.id());
        assertEquals("my.levels.BatchedNaive", level.feed().getClass().getName());
        try (Playground playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE)) {
            RunResult run = playground.runWithLines(level, 20);
            assertTrue(run.correct(), run.difference());
            assertTrue(run.queries() > 1 && run.queries() < 10, "the naive loop in batches of 50: " + run.queries());
        }
    }

    @Test
    void aCompileErrorIsFileLineAndMessageAndNothingRuns() {
        LevelCompileException failure = assertThrows(LevelCompileException.class, () -> LevelCompiler.compile("Broken.java", """
                package my.levels;

                public class Broken implements dev.ormplayground.levels.FeedLevel {
                    int count = "three";
                }
                """));

        List<String> problems = failure.problems();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Broken.java:4: incompatible types")), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.matches("Broken\\.java:\\d+: .+")), problems.toString());
    }

    @Test
    void aClassThatIsNoLevelOrHasNoPlainConstructorIsRefusedWithWhy() {
        LevelCompileException noLevel = assertThrows(LevelCompileException.class,
                () -> LevelCompiler.compile("Plain.java", "public class Plain { }"));
        assertEquals(List.of("Plain.java:1: Plain must be a public class implementing dev.ormplayground.levels.FeedLevel"),
                noLevel.problems());

        LevelCompileException noConstructor = assertThrows(LevelCompileException.class, () -> LevelCompiler.compile(
                "NeedsArgs.java", """
                        public class NeedsArgs implements dev.ormplayground.levels.FeedLevel {
                            public NeedsArgs(int size) { }
                            public java.util.List<dev.ormplayground.domain.FeedItem> buildFeed(org.hibernate.Session s, int p) {
                                return java.util.List.of();
                            }
                        }
                        """));
        assertEquals(List.of("NeedsArgs.java:1: NeedsArgs needs a public constructor without arguments"),
                noConstructor.problems());
    }

    @Test
    void thisJvmHasACompiler() {
        assertTrue(LevelCompiler.available(), "tests run on a JDK");
    }
}
