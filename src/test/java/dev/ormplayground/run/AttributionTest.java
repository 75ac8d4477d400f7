package dev.ormplayground.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.StatementGroup;
import dev.ormplayground.engine.SamplePlayground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.levels.CachedFeed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every statement of every level is tied to the line of the level's own file that a reader would name. */
class AttributionTest {

    @RegisterExtension
    static final SamplePlayground sample = new SamplePlayground();

    @Test
    void naivesQueriesComeFromThePageQueryAndTheFourLinesThatTouchALazyRelation() {
        Level naive = sample.playground().ladder().byId("naive");
        RunResult run = sample.playground().runWithLines(naive, 20);

        Map<Integer, Integer> counts = countsByLine(run);
        Map<Integer, Integer> expected = new LinkedHashMap<>();
        expected.put(lineOf(naive, "List<Post> posts = session.createSelectionQuery("), 1);
        expected.put(lineOf(naive, "String authorName = author.getName();"), -1);
        expected.put(lineOf(naive, "int commentCount = comments.size();"), 20);
        expected.put(lineOf(naive, "int likeCount = post.getLikes().size();"), 20);
        expected.put(lineOf(naive, ".map(c -> new CommentPreview(c.getUser().getName()"), -1);
        assertEquals(new TreeMap<>(expected).keySet(), counts.keySet(), "the lines that sent statements: " + counts);
        expected.forEach((line, count) -> {
            if (count >= 0) {
                assertEquals(count, counts.get(line), "statements of line " + line + ": " + counts);
            }
        });
        assertEquals(53, run.statements().size());
        // A user is loaded once per session: as a post's author, or as a commenter if that came first.
        int authors = counts.get(lineOf(naive, "String authorName"));
        int commenters = counts.get(lineOf(naive, ".map(c -> new CommentPreview"));
        assertTrue(authors > 0 && commenters > 0, counts.toString());
        assertEquals(userLoads(run), authors + commenters, "every load of a user comes from one of the two lines");
    }

    @Test
    void eachThreeQueryLevelsStatementsComeFromItsThreeQueryLines() {
        for (String id : List.of("fetch-join", "aggregate", "slim-columns", "indexed", "projection")) {
            Level level = sample.playground().ladder().byId(id);
            RunResult run = sample.playground().runWithLines(level, 20);

            List<Integer> queryLines = linesOf(level, "= session.createSelectionQuery(");
            assertEquals(3, queryLines.size(), id + " has three queries in its source");
            assertEquals(queryLines, run.sources().stream().map(StatementSource::line).toList(),
                    id + ": one statement per query, in the order written");
        }
    }

    @Test
    void aCachedMissComesFromTheLineThatFillsTheCacheAndAHitSendsNothing() {
        Level cached = sample.playground().ladder().byId("cached");
        ((CachedFeed) cached.feed()).clear();
        RunResult miss = sample.playground().runWithLines(cached, 20);
        RunResult hit = sample.playground().runWithLines(cached, 20);

        int fill = lineOf(cached, "return cache.get(key, k -> uncached.buildFeed(session, pageSize));");
        assertEquals(List.of(fill), miss.sources().stream().map(StatementSource::line).toList(), "one single-query run");
        assertTrue(hit.statements().isEmpty());
    }

    @Test
    void everySourceNamesTheLevelsFileAndThatLinesText() {
        for (Level level : sample.playground().ladder().levels()) {
            RunResult run = sample.playground().runWithLines(level, 20);
            String[] lines = LevelSource.of(level).split("\\R", -1);
            for (StatementSource source : run.sources()) {
                assertEquals(level.sourceFileName(), source.file(), level.id());
                assertEquals(lines[source.line() - 1].strip(), source.code(), level.id() + " line " + source.line());
            }
        }
    }

    @Test
    void theLineCostsCountEachLinesStatementsAndMarkTheNPlusOnes() {
        Level naive = sample.playground().ladder().byId("naive");
        RunResult run = sample.playground().runWithLines(naive, 20);

        List<LineCost> costs = LineCost.of(run);
        assertEquals(5, costs.size(), costs.toString());
        assertEquals(53, costs.stream().mapToInt(LineCost::count).sum());
        LineCost page = costs.get(0);
        assertEquals(lineOf(naive, "List<Post> posts = session"), page.source().line());
        assertTrue(!page.nPlusOne() && page.badge().equals("\u00d71"), page.toString());
        LineCost comments = costs.stream().filter(c -> c.source().code().startsWith("int commentCount")).findFirst().orElseThrow();
        assertTrue(comments.nPlusOne() && comments.badge().equals("\u00d720"), comments.toString());

        RunResult fetchJoin = sample.playground().runWithLines(sample.playground().ladder().byId("fetch-join"), 20);
        assertTrue(LineCost.of(fetchJoin).stream().noneMatch(LineCost::nPlusOne));
        assertEquals(3, LineCost.of(fetchJoin).size());
    }

    @Test
    void everyNPlusOneOfNaiveGetsTheHintOfItsPatternAndTheLevelThatFixesIt() {
        Level naive = sample.playground().ladder().byId("naive");
        RunResult run = sample.playground().runWithLines(naive, 20);
        Map<String, NPlusOneHint.Kind> kindByCode = new LinkedHashMap<>();
        Map<String, String> levelByCode = new LinkedHashMap<>();
        for (StatementGroup group : StatementGroup.of(run.statements(), run.items().size())) {
            for (int i = 0; i < run.statements().size(); i++) {
                if (run.statements().get(i).sql().equals(group.sql())) {
                    StatementSource source = run.sources().get(i);
                    NPlusOneHint.of(group, source).ifPresent(hint -> {
                        kindByCode.put(source.code().split(" +//")[0], hint.pattern());
                        levelByCode.put(source.code().split(" +//")[0], hint.levelId());
                    });
                }
            }
        }
        assertEquals(Map.of(
                "String authorName = author.getName();", NPlusOneHint.Kind.LAZY_TO_ONE,
                "int commentCount = comments.size();", NPlusOneHint.Kind.SIZE_TO_COUNT,
                "int likeCount = post.getLikes().size();", NPlusOneHint.Kind.SIZE_TO_COUNT,
                ".map(c -> new CommentPreview(c.getUser().getName(), c.getBody()))", NPlusOneHint.Kind.LAZY_TO_ONE),
                kindByCode);
        assertEquals("fetch-join", levelByCode.get("String authorName = author.getName();"));
        assertEquals("aggregate", levelByCode.get("int likeCount = post.getLikes().size();"));
        StatementGroup page = StatementGroup.of(run.statements(), 20).get(0);
        assertTrue(NPlusOneHint.of(page, run.sources().get(0)).isEmpty(), "the page query is no N+1");
    }

    @Test
    void aCollectionIteratedInALoopIsTheCollectionPattern() {
        StatementGroup comments = new StatementGroup("select c1_0.id from comments c1_0 where c1_0.post_id=?", 20, 0, 0, true);
        NPlusOneHint hint = NPlusOneHint.of(comments, new StatementSource("X.java", 9, "for (Comment c : post.getComments()) {"))
                .orElseThrow();
        assertEquals(NPlusOneHint.Kind.LAZY_COLLECTION, hint.pattern());
        assertEquals("fetch-join", hint.levelId());
        assertTrue(ladderHas(hint.levelId()) && ladderHas("aggregate"));
    }

    private static boolean ladderHas(String id) {
        return sample.playground().ladder().levels().stream().anyMatch(level -> level.id().equals(id));
    }

    private static int userLoads(RunResult run) {
        return (int) run.statements().stream().filter(s -> s.sql().contains(" from users ")).count();
    }

    private static Map<Integer, Integer> countsByLine(RunResult run) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (StatementSource source : run.sources()) {
            assertTrue(source.known(), "a statement with no line: " + run.sources());
            counts.merge(source.line(), 1, Integer::sum);
        }
        return counts;
    }

    private static int lineOf(Level level, String fragment) {
        List<Integer> lines = linesOf(level, fragment);
        assertEquals(1, lines.size(), "'" + fragment + "' in " + level.sourceFileName() + ": lines " + lines);
        return lines.get(0);
    }

    private static List<Integer> linesOf(Level level, String fragment) {
        String[] lines = LevelSource.of(level).split("\\R", -1);
        List<Integer> found = new ArrayList<>();
        IntStream.range(0, lines.length).filter(i -> lines[i].contains(fragment)).forEach(i -> found.add(i + 1));
        return found;
    }
}
