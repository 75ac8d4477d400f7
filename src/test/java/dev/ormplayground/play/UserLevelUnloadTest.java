package dev.ormplayground.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.engine.SamplePlayground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.RunResult;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A user who edits and runs a level all afternoon compiles a new class, in a new class loader, at
 * every edit: once the engine has run one and the user moved on, nothing may keep it alive.
 */
class UserLevelUnloadTest {

    @RegisterExtension
    static final SamplePlayground sample = new SamplePlayground();

    /** An edited copy of the naive level: {@code edit} makes each compile a different class file. */
    static Level edited(int edit) {
        return LevelCompiler.level("MyNaiveFeed.java", """
                package my.levels;

                import dev.ormplayground.domain.FeedItem;
                import dev.ormplayground.levels.*;
                import java.util.List;
import java.util.Locale;
                import org.hibernate.Session;

                public class MyNaiveFeed implements FeedLevel {
                    @Override
                    public List<FeedItem> buildFeed(Session session, int pageSize) {
                        int edit = %d; // what the user changed this time
                        return new NaiveFeed().buildFeed(session, pageSize);
                    }
                }
                """.formatted(edit), "a user's edit", LevelCompiler.USER_LEVEL_NUMBER);
    }

    /** Compiles and runs an edit as the window does (a shown run, then its lines); returns its loader. */
    static WeakReference<ClassLoader> compileAndRun(int edit) {
        Level level = edited(edit);
        RunResult shown = sample.playground().show(level, 20);
        RunResult attributed = sample.playground().runWithLines(level, 20);
        assertEquals(53, shown.queries(), "the edit ran as the naive level runs");
        assertEquals(53, attributed.queries());
        return new WeakReference<>(level.feed().getClass().getClassLoader());
    }

    @Test
    void theClassesOfEarlierEditsAreCollected() {
        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        for (int edit = 0; edit < 3; edit++) {
            loaders.add(compileAndRun(edit));
        }
        for (int attempt = 0; attempt < 20 && loaders.stream().anyMatch(l -> l.get() != null); attempt++) {
            System.gc();
        }
        for (int edit = 0; edit < loaders.size(); edit++) {
            assertNull(loaders.get(edit).get(), "edit " + edit + "'s class loader is still reachable");
        }
    }

    /**
     * An afternoon's worth of edits, 500 compile-and-runs: the heap after a full collection and the
     * classes loaded stay where they were after the first 100. Not part of {@code verify} (minutes):
     * {@code ./mvnw -o test -Dtest=UserLevelUnloadTest -Dsoak=true -Dsurefire.failIfNoSpecifiedTests=false}.
     */
    @Test
    @EnabledIfSystemProperty(named = "soak", matches = "true")
    void fiveHundredEditsLeaveTheHeapAsAHundredLeftIt() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        long afterHundred = 0;
        long loadedAfterHundred = 0;
        long started = System.nanoTime();
        for (int edit = 1; edit <= 500; edit++) {
            compileAndRun(edit);
            if (edit % 100 == 0) {
                for (int i = 0; i < 3; i++) {
                    System.gc();
                }
                long used = memory.getHeapMemoryUsage().getUsed();
                System.out.printf(Locale.ROOT, "after %d edits: heap after GC %,.1f MB, classes loaded %,d (unloaded so far %,d), %.0f s%n",
                        edit, used / 1e6, classes.getLoadedClassCount(), classes.getUnloadedClassCount(),
                        (System.nanoTime() - started) / 1e9);
                if (edit == 100) {
                    afterHundred = used;
                    loadedAfterHundred = classes.getLoadedClassCount();
                }
            }
        }
        long grown = memory.getHeapMemoryUsage().getUsed() - afterHundred;
        assertTrue(grown < 16_000_000, "the heap grew by " + grown / 1e6 + " MB from 100 to 500 edits");
        assertTrue(classes.getLoadedClassCount() - loadedAfterHundred < 100,
                "classes loaded grew from " + loadedAfterHundred + " to " + classes.getLoadedClassCount());
    }
}
