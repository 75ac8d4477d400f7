package dev.ormplayground.cli;

import static dev.ormplayground.cli.CliRun.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ormplayground.bench.BenchFormat;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.postgres.SilentServer;
import dev.ormplayground.run.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bench --pages 3              | Unknown options: '--pages', '3'",
        "bench --page 0               | --page must be 1-500, got 0",
        "bench --page 501             | --page must be 1-500, got 501",
        "bench --page x               | Invalid value for option '--page'",
        "bench --runs 0               | --runs must be 1-100000, got 0",
        "bench --warmup -1            | --warmup must be 0-100000, got -1",
        "bench --settle 601           | --settle must be 0-600, got 601",
        "bench --min-seconds 61       | --min-seconds must be 0-60, got 61.0",
        "bench --capture-cost --rtt 1 | --capture-cost compares capture on and off itself",
        "export --out . --settle -1   | --settle must be 0-600, got -1",
        "bench --posts 0              | --posts must be 1-1000000, got 0",
        "bench --levels naive,fast    | Unknown level 'fast'; valid levels: naive, fetch-join",
        "bench --format xml           | --format must be one of table, csv, json, markdown, got 'xml'",
        "bench --data /no/such/folder | --data: no such folder: /no/such/folder",
        "bench --data sample-data --posts 10 | --data and --posts exclude each other",
        "feed                         | give --level ID or --level-file PATH.java, one of them",
        "feed --level naive --level-file X.java | give --level ID or --level-file PATH.java, one of them",
        "feed --level-file /no/such/Level.java | --level-file: cannot read /no/such/Level.java",
        "feed --level fastest         | Unknown level 'fastest'",
        "feed --level naive --format yaml | --format must be text or json, got 'yaml'",
        "frobnicate                   | Unmatched argument at index 0: 'frobnicate'",
        "bench --sweep 100,0          | --sweep must be 1-1000000, got 0",
        "bench --sweep 100 --posts 5  | --sweep generates its own data sets",
        "bench --sweep 100 --format json | --sweep prints table or csv, got 'json'",
        "bench --page                 | Missing required parameter for option '--page'",
        "bench --runs -5              | --runs must be 1-100000, got -5",
        "bench --runs 100001          | --runs must be 1-100000, got 100001",
        "bench --posts 99999999999    | Invalid value for option '--posts'",
        "bench --posts 2000000        | --posts must be 1-1000000, got 2000000",
        "bench --data sample-data/users.csv | --data: no such folder",
        "feed --level                 | Missing required parameter for option '--level'",
        "export                       | give --out DIR, --deck FILE.pdf, or both",
        "export --out x --format png,gif | --format: 'gif' is not a picture format; give png, svg, pdf",
        "export --out x --theme neon  | --theme: 'neon' is not a theme; give one of light, dark, projector",
        "export --out x --scale 5     | --scale must be 1-4, got 5",
        "export --out x --scale 0.5   | --scale must be 1-4, got 0.5",
        "export --out x --scale huge  | Invalid value for option '--scale'",
        "export --out x --size 16:10  | --size: '16:10' is not a picture size; give one of 16:9, 4:3, a4",
        "export --out x --pictures cards,graphs | --pictures: 'graphs' is not a picture; give comparison, cards, latency, code, plans or all",
        "export --deck talk.txt       | --deck: talk.txt is not a .pdf file",
        "export --out pom.xml         | pom.xml is a file, not a folder",
        "export --out pom.xml/slides  | --out: cannot create the folder ",
        "bench --capture maybe        | --capture must be on or off, got 'maybe'",
        "bench --capture off --rtt 1  | --rtt needs the capture on",
        "bench --network udp          | --network must be one of in-process, tcp, got 'udp'",
        "bench --rtt 51               | --rtt must be 0-50 ms, got 51.0",
        "bench --rtt -1               | --rtt must be 0-50 ms, got -1.0",
        "bench --rtt fast             | Invalid value for option '--rtt'",
    })
    void badInputPrintsOneLineAndWhereTheHelpIsAndExitsWithTwo(String args, String message) {
        String[] words = args.trim().split("\\s+");
        CliRun.Outcome outcome = execute(words);

        assertEquals(PlaygroundCommand.BAD_INPUT, outcome.exitCode(), outcome.err());
        List<String> lines = outcome.err().lines().toList();
        assertTrue(lines.get(0).startsWith("error: ") && lines.get(0).contains(message), "first line: " + lines.get(0));
        String command = List.of("bench", "feed", "export").contains(words[0]) ? " " + words[0] : "";
        List<String> rest = lines.stream().skip(1).filter(line -> !line.startsWith("Possible solutions: ")).toList();
        assertEquals(List.of("see 'orm-playground" + command + " --help'"), rest, "no usage, only where to find it");
        assertFalse(outcome.err().contains("Exception"), outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void helpStillPrintsTheWholeUsage() {
        CliRun.Outcome outcome = execute("bench", "--help");

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().startsWith("Usage: orm-playground bench "), outcome.out());
        assertTrue(outcome.out().contains("--data=DIR"), outcome.out());
    }

    @Test
    void aMistypedOptionOrCommandStillGetsItsSuggestion() {
        assertEquals(List.of("error: Unknown options: '--formt', 'csv'", "Possible solutions: --format",
                "see 'orm-playground bench --help'"), execute("bench", "--formt", "csv").err().lines().toList());
        assertEquals(List.of("error: Unmatched argument at index 0: 'bnech'", "Did you mean: orm-playground bench or orm-playground challenge or orm-playground window-bench?",
                "see 'orm-playground --help'"), execute("bnech").err().lines().toList());
    }

    @Test
    void benchCsvHasTheFixedHeaderAndOneCorrectRowPerLevelInLadderOrder() {
        CliRun.Outcome outcome = execute("bench", "--settle", "0", "--min-seconds", "0", "--format", "csv", "--warmup", "1", "--runs", "2");

        assertEquals(0, outcome.exitCode(), outcome.err());
        List<String> lines = outcome.out().lines().toList();
        assertEquals(BenchFormat.CSV_HEADER, lines.get(0));
        List<String> ladder = Ladder.standard().levels().stream().map(Level::id).toList();
        assertEquals(ladder, lines.stream().skip(1).map(line -> line.split(",")[0]).toList());
        lines.stream().skip(1).forEach(line -> assertTrue(line.endsWith(",true"), line));
        assertEquals("0", lines.get(1 + ladder.indexOf("cached")).split(",")[1], "cached row gives its warm runs: no query");
    }

    @Test
    void benchMarkdownIsATableWithTheColdCachedRowAndTheSettings() {
        CliRun.Outcome outcome = execute("bench", "--settle", "0", "--min-seconds", "0", "--format", "markdown", "--warmup", "0", "--runs", "1",
                "--levels", "naive,cached");

        assertEquals(0, outcome.exitCode(), outcome.err());
        List<String> rows = outcome.out().lines().filter(line -> line.startsWith("| ")).toList();
        assertEquals(4, rows.size(), outcome.out());
        assertTrue(rows.get(1).startsWith("| 1 | `naive` |"), rows.get(1));
        assertTrue(rows.get(3).contains("`cached` cold first run"), rows.get(3));
        assertTrue(outcome.out().contains("Data sample-data: 120 posts"), outcome.out());
        assertTrue(outcome.out().contains("Hibernate 7."), outcome.out());
    }

    @Test
    void aSweepMeasuresTheChosenLevelsOnEachSize() {
        CliRun.Outcome outcome = execute("bench", "--settle", "0", "--min-seconds", "0", "--sweep", "400,200", "--levels", "indexed,naive", "--runs", "1",
                "--warmup", "0", "--format", "csv");

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertEquals(List.of("posts,level,queries,median_ms,p95_ms,rows_read,correct",
                        "200,naive", "200,indexed", "400,naive", "400,indexed"),
                outcome.out().lines().map(line -> line.startsWith("posts") ? line
                        : line.split(",")[0] + "," + line.split(",")[1]).toList());
        outcome.out().lines().skip(1).forEach(line -> assertTrue(line.endsWith(",true"), line));
    }

    @Test
    void benchRunsOnlyTheChosenLevelsInLadderOrder() {
        CliRun.Outcome outcome = execute("bench", "--settle", "0", "--min-seconds", "0", "--format", "csv", "--runs", "1", "--warmup", "0",
                "--levels", "indexed,naive", "--page", "5");

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertEquals(List.of("naive", "indexed"),
                outcome.out().lines().skip(1).map(line -> line.split(",")[0]).toList());
    }

    @Test
    void captureCostComparesEveryChosenLevelWithAndWithoutTheCapture() {
        CliRun.Outcome outcome = execute("bench", "--capture-cost", "--settle", "0", "--runs", "1",
                "--levels", "naive,indexed");

        assertEquals(0, outcome.exitCode(), outcome.err());
        List<String> lines = outcome.out().lines().toList();
        assertTrue(lines.get(0).contains("median of 10 block medians per mode, 1 run a block"), lines.get(0));
        assertTrue(lines.get(2).matches("level +with lines +capture on +capture off +lines +capture"), lines.get(2));
        assertEquals(List.of("naive", "indexed", "all"), lines.subList(3, 6).stream().map(l -> l.split(" +")[0]).toList());
        for (String row : lines.subList(3, 6)) {
            // e.g. "naive  9.01 ms  8.45 ms  7.12 ms  +26.5%  +18.7%": level, three times with units, two differences
            String[] cells = row.replace("all (sum)", "all").replace(",", "").split(" +");
            assertTrue(Double.parseDouble(cells[1]) > 0 && Double.parseDouble(cells[3]) > 0
                    && Double.parseDouble(cells[5]) > 0, row);
            assertTrue(List.of("ms", "µs").containsAll(List.of(cells[2], cells[4], cells[6])), "times with their unit: " + row);
            assertTrue(cells[7].endsWith("%") && cells[8].endsWith("%"), row);
        }
    }

    @Test
    void feedTextCountsOneInTheSingular() {
        CliRun.Outcome outcome = execute("feed", "--level", "aggregate");

        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains("(1 comment, 3 likes)"), "the sample's page 1 has a post with one comment");
        // "1 queries" would be wrong; "13.1 ms" is a time, not a count of one
        assertEquals(List.of(), outcome.out().lines().filter(line -> line.matches(".*(?<![\\d.])1 [a-z]+s\\b.*")).toList());
        assertThat(outcome.out()).contains("\nRepeats: 0 of 3 statements are similar, 0 are duplicates.\n");
    }

    @Test
    void feedJsonHoldsTheItemsTheStatementsAndTheFigures() throws Exception {
        CliRun.Outcome outcome = execute("feed", "--level", "aggregate", "--page", "7", "--format", "json");

        assertEquals(0, outcome.exitCode(), outcome.err());
        JsonNode run = new ObjectMapper().readTree(outcome.out());
        assertEquals(7, run.get("items").size());
        JsonNode item = run.get("items").get(0);
        for (String field : List.of("id", "title", "slug", "excerpt", "created_at", "author_name",
                "author_avatar_url", "comment_count", "like_count", "newest_comments")) {
            assertTrue(item.has(field), field);
        }
        assertEquals(3, run.get("queries").asInt());
        assertEquals(3, run.get("statements").size());
        assertTrue(run.get("statements").get(0).get("sql").asText().startsWith("select"));
        assertTrue(run.get("correct").asBoolean());
        for (JsonNode statement : run.get("statements")) {
            JsonNode source = statement.get("source");
            assertEquals("AggregateFeed.java", source.get("file").asText(), statement.toString());
            assertTrue(source.get("line").asInt() > 20, statement.toString());
            assertTrue(source.get("code").asText().contains("= session.createSelectionQuery("), statement.toString());
        }
    }

    @Test
    void aWrongDetourSaysSoInJsonAndInTheBenchCsv() throws Exception {
        JsonNode run = new ObjectMapper().readTree(execute("feed", "--level", "article-final", "--format", "json").out());
        assertFalse(run.get("correct").asBoolean());
        assertTrue(run.get("difference").asText().contains("instead of"), run.get("difference").asText());

        CliRun.Outcome bench = execute("bench", "--settle", "0", "--min-seconds", "0", "--format", "csv", "--warmup", "0",
                "--runs", "1", "--levels", "naive,article-final");
        assertEquals(0, bench.exitCode(), bench.err());
        List<String> rows = bench.out().lines().skip(1).toList();
        assertEquals(List.of("naive", "article-final"), rows.stream().map(line -> line.split(",")[0]).toList());
        assertTrue(rows.get(0).endsWith(",true") && rows.get(1).endsWith(",false"), String.join("\n", rows));
    }

    @Test
    void aDetourHibernateRefusesIsOneReadableLineAndExitOne() {
        CliRun.Outcome outcome = execute("feed", "--level", "two-bags");

        assertEquals(1, outcome.exitCode());
        List<String> lines = outcome.err().lines().toList();
        assertEquals(1, lines.size(), "no stack trace: " + outcome.err());
        assertTrue(lines.get(0).startsWith("error: Hibernate refuses to join fetch two List collections")
                && lines.get(0).contains("as a Set"), lines.get(0));
    }

    @Test
    void feedExplainsEveryStatementOfTheStaleCacheIncludingItsInsertWhichItDoesNotRun() {
        CliRun.Outcome outcome = execute("feed", "--level", "stale-cache", "--explain");

        assertEquals(0, outcome.exitCode(), outcome.err());
        java.util.regex.Matcher queries = java.util.regex.Pattern.compile("^stale-cache: (\\d+) quer").matcher(outcome.out());
        assertTrue(queries.find(), outcome.out());
        java.util.regex.Matcher plans = java.util.regex.Pattern.compile(
                "\nPlan of the shape that ran (\\d+) times?(?: \\(N\\+1\\))?:\n(.+)").matcher(outcome.out());
        int explained = 0;
        List<String> firstLines = new java.util.ArrayList<>();
        while (plans.find()) {
            explained += Integer.parseInt(plans.group(1));
            firstLines.add(plans.group(2));
        }
        assertEquals(Integer.parseInt(queries.group(1)), explained, "every statement under a plan: " + outcome.out());
        assertTrue(firstLines.stream().anyMatch(line -> line.startsWith("INSERT INTO")), firstLines.toString());
        assertTrue(outcome.out().contains(dev.ormplayground.db.Database.NOT_EXECUTED), outcome.out());
    }

    @Test
    void feedRunsALevelFromAFileAndACompileErrorIsItsLinesAndExitTwo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path good = java.nio.file.Files.writeString(folder.resolve("Mine.java"), """
                package anywhere;
                public class Mine implements dev.ormplayground.levels.FeedLevel {
                    public java.util.List<dev.ormplayground.domain.FeedItem> buildFeed(org.hibernate.Session s, int page) {
                        return new dev.ormplayground.levels.AggregateFeed().buildFeed(s, page);
                    }
                }
                """);
        CliRun.Outcome ran = execute("feed", "--level-file", good.toString());
        assertEquals(0, ran.exitCode(), ran.err());
        assertTrue(ran.out().startsWith("Mine: 3 queries") || ran.out().startsWith("mine: 3 queries"), ran.out());
        assertTrue(ran.out().lines().findFirst().orElseThrow().endsWith(RunResult.SAME_FEED), ran.out());

        java.nio.file.Path bad = java.nio.file.Files.writeString(folder.resolve("Bad.java"),
                "public class Bad implements dev.ormplayground.levels.FeedLevel {\n    int n = \"x\";\n}\n");
        CliRun.Outcome refused = execute("feed", "--level-file", bad.toString());
        assertEquals(2, refused.exitCode());
        List<String> lines = refused.err().lines().toList();
        assertTrue(!lines.isEmpty() && lines.stream().allMatch(line -> line.matches(
                java.util.regex.Pattern.quote(bad.toString()) + ":\\d+: .+")), refused.err());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(bad + ":2: incompatible types")), refused.err());
        assertEquals("", refused.out(), "nothing ran");
    }

    @Test
    void aLevelFileThatBeginsItsOwnTransactionIsToldWhyInOneLineAndExitOne(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(folder.resolve("OwnTransaction.java"), """
                public class OwnTransaction implements dev.ormplayground.levels.FeedLevel {
                    public java.util.List<dev.ormplayground.domain.FeedItem> buildFeed(org.hibernate.Session s, int page) {
                        s.getTransaction().begin();
                        var feed = new dev.ormplayground.levels.AggregateFeed().buildFeed(s, page);
                        s.getTransaction().commit();
                        return feed;
                    }
                }
                """);

        CliRun.Outcome outcome = execute("feed", "--level-file", file.toString());

        assertEquals(1, outcome.exitCode(), outcome.err());
        List<String> lines = outcome.err().lines().toList();
        assertEquals(1, lines.size(), "no stack trace: " + outcome.err());
        assertTrue(lines.get(0).startsWith("error: Your level failed at OwnTransaction.java:3 (s.getTransaction().begin();):"
                + " it calls begin() on the playground's own transaction. Your level runs inside that transaction,"
                + " which is rolled back after every run, so it must neither begin nor commit one"), lines.get(0));
        assertEquals("", outcome.out(), "no feed was built");
    }

    @Test
    void benchMeasuresLevelFilesBesideTheChosenLevelsAndReportsOneThatFails(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        java.nio.file.Path mine = java.nio.file.Files.writeString(folder.resolve("Mine.java"), """
                public class Mine implements dev.ormplayground.levels.FeedLevel {
                    public java.util.List<dev.ormplayground.domain.FeedItem> buildFeed(org.hibernate.Session s, int page) {
                        return new dev.ormplayground.levels.AggregateFeed().buildFeed(s, page);
                    }
                }
                """);
        java.nio.file.Path deletes = java.nio.file.Files.writeString(folder.resolve("Deletes.java"), """
                public class Deletes implements dev.ormplayground.levels.FeedLevel {
                    public java.util.List<dev.ormplayground.domain.FeedItem> buildFeed(org.hibernate.Session s, int page) {
                        s.createMutationQuery("delete from Comment").executeUpdate();
                        return java.util.List.of();
                    }
                }
                """);

        CliRun.Outcome outcome = execute("bench", "--settle", "0", "--min-seconds", "0", "--format", "csv", "--runs", "2",
                "--warmup", "0", "--levels", "naive", "--level-file", mine.toString(), "--level-file", deletes.toString());

        assertEquals(1, outcome.exitCode(), "a level failed: " + outcome.err());
        List<String> rows = outcome.out().lines().toList();
        assertEquals(List.of("level", "naive", "mine", "deletes"), rows.stream().map(r -> r.split(",")[0]).toList(),
                outcome.out());
        assertTrue(rows.get(1).matches("naive,53,.*,true") && rows.get(2).matches("mine,3,.*,true"), outcome.out());
        assertEquals("deletes,,,,,,false", rows.get(3));
        assertTrue(outcome.err().lines().anyMatch(line -> line.startsWith("bench: deletes failed and was not measured:"
                + " Refused before it reached the database: this statement writes (DELETE)")), outcome.err());

        java.nio.file.Path broken = java.nio.file.Files.writeString(folder.resolve("Broken.java"),
                "public class Broken implements dev.ormplayground.levels.FeedLevel {\n}\n");
        CliRun.Outcome refused = execute("bench", "--level-file", mine.toString(), "--level-file", broken.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().startsWith(broken + ":1: "), refused.err());
        assertEquals("", refused.out(), "nothing was measured");
    }

    @Test
    void aNulCharacterInADataFileIsOneLineNamingFileLineAndColumnAndExitTwo(@TempDir Path folder)
            throws IOException {
        for (String file : List.of("users.csv", "posts.csv", "comments.csv", "likes.csv")) {
            Files.copy(Path.of("sample-data", file), folder.resolve(file));
        }
        Path comments = folder.resolve("comments.csv");
        Files.writeString(comments, Files.readString(comments)
                .replaceFirst("Clear and practical", "Clear\u0000 and practical"));

        CliRun.Outcome outcome = execute("feed", "--level", "naive", "--data", folder.toString());

        assertEquals(PlaygroundCommand.BAD_INPUT, outcome.exitCode(), outcome.err());
        assertEquals("error: comments.csv line 2: body has a NUL character (U+0000) at character 6, which "
                + "PostgreSQL cannot store: remove it", outcome.err().lines().findFirst().orElse(""));
        assertFalse(outcome.err().contains("Exception"), outcome.err());
        assertEquals("", outcome.out());
    }

    /** No PostgreSQL server needed: a port that takes the connection and never answers. */
    @Test
    void aPostgresHostThatNeverAnswersIsOneLineWithinItsTimeoutAndExitTwo() throws IOException {
        System.setProperty("ormplayground.pg.timeout", "1"); // the default 10 s, shortened for the test
        try (SilentServer silent = new SilentServer()) {
            CliRun.Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(6), () -> execute("feed", "--level",
                    "naive", "--db", silent.url(), "--db-user", "orm_test", "--db-password", "x"));

            assertEquals(PlaygroundCommand.BAD_INPUT, outcome.exitCode(), outcome.err());
            assertEquals(List.of("error: PostgreSQL at " + silent.hostAndPort() + " did not answer within 1 s: check the"
                    + " host and port in --db, and that a PostgreSQL server runs there and is not stuck"),
                    outcome.err().lines().toList());
            assertEquals("", outcome.out());
        } finally {
            System.clearProperty("ormplayground.pg.timeout");
        }
    }

    @Test
    void feedTextListsTheLinesThatSentStatementsWithTheirCounts() {
        CliRun.Outcome outcome = execute("feed", "--level", "naive");

        assertEquals(0, outcome.exitCode(), outcome.err());
        List<String> lines = outcome.out().lines().filter(line -> line.startsWith("NaiveFeed.java:")).toList();
        assertEquals(5, lines.size(), outcome.out());
        assertTrue(lines.stream().anyMatch(line -> line.matches("NaiveFeed\\.java:\\d+ +×20 +int likeCount = post\\.getLikes\\(\\)\\.size\\(\\);.*<- N\\+1")),
                String.join("\n", lines));
        assertTrue(lines.get(0).matches("NaiveFeed\\.java:\\d+ +×1 +List<Post> posts = session\\.createSelectionQuery\\(\"\"\"") , lines.get(0));
        assertEquals(53, lines.stream().mapToInt(line -> Integer.parseInt(line.split(" +")[1].substring(1))).sum());

        // The page query ran once; the users, comments and likes by id are similar; each user is loaded once.
        assertThat(outcome.out().lines().filter(line -> line.startsWith("Repeats: "))).containsExactly(
                "Repeats: 52 of 53 statements are similar (in 3 shapes), 0 are duplicates."
                        + " Similar (same SQL, other values: an N+1):"
                        + " fetch them in one query, with a join fetch or a batch.");
    }
}
