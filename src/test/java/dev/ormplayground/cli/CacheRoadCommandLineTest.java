package dev.ormplayground.cli;

import static dev.ormplayground.cli.CliRun.execute;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The cache road and the statements' repeats on the command line: feed and bench say what the caches did. */
class CacheRoadCommandLineTest {

    @Test
    void feedShowsTheColdEntitiesLevelWarmWithOneSelectPerPost() {
        CliRun.Outcome outcome = execute("feed", "--level", "query-cache-cold-entities");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).startsWith("(a first run on empty caches filled them: 53 queries")
                .contains("query-cache-cold-entities: 20 queries")
                .contains("second-level and query caches: 802 hits, 20 misses, 20 puts");
        List<String> selects = outcome.out().lines().filter(line -> line.matches(" *\\d+ .* from posts p1_0 where p1_0\\.id=\\d+"))
                .toList();
        assertThat(selects).as("one select per post of the page").hasSize(20);
    }

    @Test
    void feedColdShowsTheFirstRunOnEmptyCaches() {
        CliRun.Outcome outcome = execute("feed", "--level", "second-level-cache", "--cold");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).startsWith("second-level-cache: 53 queries").doesNotContain("a first run");
    }

    @Test
    void feedJsonCountsSimilarAndDuplicateStatements() throws Exception {
        JsonNode naive = new ObjectMapper().readTree(execute("feed", "--level", "naive", "--format", "json").out());
        assertThat(naive.get("repeats").get("similar").asInt()).isEqualTo(52);
        assertThat(naive.get("repeats").get("duplicates").asInt()).isZero();
        assertThat(naive.get("repeats").get("similar_fix").asText()).contains("join fetch or a batch");
        assertThat(naive.has("cache")).as("naive has no cache in its path").isFalse();
    }

    @Test
    void benchJsonGivesEachCacheLevelsHitsAndMisses() throws Exception {
        CliRun.Outcome outcome = execute("bench", "--settle", "0", "--min-seconds", "0", "--warmup", "1", "--runs", "3",
                "--format", "json", "--levels", "second-level-cache,query-cache");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode levels = new ObjectMapper().readTree(outcome.out()).get("levels");
        assertThat(levels).hasSize(2);
        JsonNode secondLevel = levels.get(0);
        JsonNode queryCache = levels.get(1);
        assertThat(secondLevel.get("level").asText()).isEqualTo("second-level-cache");
        assertThat(secondLevel.get("queries").asInt()).isEqualTo(1);
        assertThat(queryCache.get("queries").asInt()).isZero();
        for (JsonNode level : levels) {
            assertThat(level.get("correct").asBoolean()).isTrue();
            assertThat(level.get("cache").get("hits").asLong()).as(level.get("level").asText()).isPositive();
            assertThat(level.get("cache").get("misses").asLong()).as(level.get("level").asText()).isZero();
            assertThat(level.get("cold_run").get("queries").asInt()).isEqualTo(53);
            assertThat(level.get("cold_run").get("cache").get("misses").asLong()).isPositive();
        }
        List<String> regions = StreamSupport.stream(queryCache.get("cache").get("regions").spliterator(), false)
                .map(region -> region.get("region").asText()).toList();
        assertThat(regions).contains("query results", "Post", "Post.comments", "Post.likes", "User", "Comment", "PostLike");
    }
}
