package dev.ormplayground.levels.caches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.engine.SamplePlayground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.HibernateCaching;
import dev.ormplayground.run.LevelFailedException;
import dev.ormplayground.run.RegionFigures;
import dev.ormplayground.run.RunResult;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cache road on the sample data (page 20): each level's statements cold and warm, what its
 * regions did, and that no other level has a cache in its path.
 */
class CacheRoadTest {

    @RegisterExtension
    static final SamplePlayground sample = new SamplePlayground();

    private static Playground playground() {
        return sample.playground();
    }

    private static Level level(String id) {
        return playground().ladder().byId(id);
    }

    /** The level's first run on empty caches. */
    private static RunResult cold(String id) {
        return playground().fillHibernateCaches(level(id), 20).orElseThrow();
    }

    /** A run after one that filled the caches. */
    private static RunResult warm(String id) {
        playground().fillHibernateCaches(level(id), 20);
        return playground().runWithLines(level(id), 20);
    }

    private static Map<String, RegionFigures> regions(RunResult run) {
        return run.cache().regions().stream().collect(Collectors.toMap(RegionFigures::region, Function.identity()));
    }

    @Test
    void theRoadHoldsItsSixLevelsBesideTheLadder() {
        Ladder ladder = playground().ladder();
        assertThat(ladder.cacheRoad()).extracting(detour -> detour.level().id()).containsExactly(
                "second-level-cache", "query-cache", "query-cache-after-write", "query-cache-cold-entities",
                "native-update-clears-cache", "native-update-synchronized");
        assertThat(ladder.levels()).hasSize(8);
        assertThat(ladder.previous(level("native-update-synchronized")).orElseThrow().id()).isEqualTo("native-update-clears-cache");
        assertThat(ladder.everyLevel()).extracting(Level::number).doesNotHaveDuplicates()
                .allMatch(number -> number < Level.FIRST_USER_NUMBER);
    }

    @Test
    void secondLevelCacheIsNaiveColdAndOnlyThePageQueryWarm() {
        RunResult cold = cold("second-level-cache");
        RunResult warm = warm("second-level-cache");

        assertThat(cold.queries()).as("cold: naive's statements").isEqualTo(playground().runWithLines(level("naive"), 20).queries())
                .isEqualTo(53);
        assertThat(cold.cache().hits()).isZero();
        assertThat(warm.queries()).as("warm: the page query alone").isEqualTo(1);
        assertThat(warm.statements().get(0).sql()).contains("from posts").contains("order by");
        assertThat(warm.cache().misses()).isZero();
        Map<String, RegionFigures> regions = regions(warm);
        assertThat(regions.get("Post.comments").hits()).isEqualTo(20);
        assertThat(regions.get("Post.likes").hits()).isEqualTo(20);
        assertThat(regions.get("User").hits()).isPositive();
        assertThat(warm.correct()).isTrue();
    }

    @Test
    void queryCacheSendsNothingWarm() {
        assertThat(cold("query-cache").queries()).isEqualTo(53);
        RunResult warm = warm("query-cache");

        assertThat(warm.queries()).isZero();
        assertThat(warm.statements()).isEmpty();
        assertThat(regions(warm).get("query results").hits()).isEqualTo(1);
        assertThat(warm.correct()).isTrue();
    }

    @Test
    void aCommittedCommentDropsTheChangedCollectionNotThePageQueryOverPosts() {
        RunResult run = warm("query-cache-after-write");

        assertThat(run.correct()).as("the feed holds the new comment: %s", run.difference()).isTrue();
        assertThat(run.items().get(0).commentCount()).isEqualTo(playground().runWithLines(level("naive"), 20)
                .items().get(0).commentCount() + 1);
        Map<String, RegionFigures> regions = regions(run);
        assertThat(regions.get("query results").hits()).as("the page query reads posts only: its result is still valid")
                .isEqualTo(1);
        assertThat(regions.get("Post.comments").misses()).as("the commented post's collection").isEqualTo(1);
        assertThat(run.queries()).isEqualTo(1);
        assertThat(run.statements().get(0).sql()).contains("from comments");
        assertThat(playground().runWithLines(level("naive"), 20).items()).as("the comment is removed after the run")
                .isEqualTo(playground().runner().reference(20));
    }

    @Test
    void aQueryCacheHitOverAColdPostsRegionSendsOneSelectPerPost() {
        RunResult run = warm("query-cache-cold-entities");

        assertThat(run.queries()).isEqualTo(20);
        assertThat(run.statements()).extracting(CapturedStatement::sql).allMatch(sql -> sql.contains("from posts")
                && sql.contains("where p1_0.id=?"));
        assertThat(run.statements()).extracting(CapturedStatement::sqlWithValues).doesNotHaveDuplicates();
        assertThat(regions(run).get("query results").hits()).isEqualTo(1);
        assertThat(regions(run).get("Post").misses()).isEqualTo(20);
        assertThat(run.correct()).isTrue();
    }

    @Test
    void aNativeUpdateWithoutSynchronizationEmptiesEveryRegion() {
        RunResult run = warm("native-update-clears-cache");

        assertThat(run.queries()).as("naive's N+1 again").isEqualTo(53);
        assertThat(run.cache().hits()).isZero();
        assertThat(run.cache().regions()).hasSize(6).allSatisfy(region -> {
            assertThat(region.entriesBeforeWrite()).as(region.region() + " before the write").isPositive();
            assertThat(region.entriesBefore()).as(region.region() + " after it committed").isZero();
        });
        assertThat(run.correct()).as("the edited title is in the feed: %s", run.difference()).isTrue();
        assertThat(run.items()).anyMatch(item -> item.title().endsWith(" (edited)"));
        assertThat(playground().runWithLines(level("naive"), 20).items()).as("the title is put back")
                .isEqualTo(playground().runner().reference(20));
    }

    @Test
    void theSynchronizedNativeUpdateEmptiesThePostsRegionOnly() {
        RunResult run = warm("native-update-synchronized");

        assertThat(run.queries()).isEqualTo(1);
        Map<String, RegionFigures> regions = regions(run);
        assertThat(regions.get("Post").entriesBefore()).isZero();
        assertThat(regions.get("Post").entriesBeforeWrite()).isEqualTo(20);
        for (String kept : List.of("User", "Comment", "PostLike", "Post.comments", "Post.likes")) {
            assertThat(regions.get(kept).entriesBefore()).as(kept).isEqualTo(regions.get(kept).entriesBeforeWrite()).isPositive();
        }
        assertThat(run.correct()).isTrue();
        assertThat(playground().runWithLines(level("naive"), 20).items()).isEqualTo(playground().runner().reference(20));
    }

    @Test
    void noOtherLevelHasACacheInItsPath() {
        for (Level other : playground().ladder().everyLevel()) {
            if (other.feed() instanceof HibernateCaching || other.feed().writes() || other.id().equals("two-bags")
                    || other.id().equals("lazy-after-close")) {
                continue;
            }
            RunResult run = playground().runWithLines(other, 20);
            assertThat(run.cache().any()).as(other.id()).isFalse();
        }
        assertThat(playground().runWithLines(level("naive"), 20).queries()).isEqualTo(53);
        RunResult warmCache = warm("second-level-cache");
        assertThat(warmCache.queries()).isEqualTo(1);
        assertThat(playground().runWithLines(level("naive"), 20).queries()).as("naive, after a warm cache level").isEqualTo(53);
    }

    @Test
    void emptyingTheCacheMakesTheNextRunCold() {
        warm("query-cache");
        Level level = level("query-cache");
        playground().runner().emptyCache(level);

        assertThat(playground().runWithLines(level, 20).queries()).isEqualTo(53);
    }

    @Test
    void aWrongCacheSettingIsRefusedWithItsName() {
        FeedLevel wrong = new WrongSetting();
        Level level = new Level(90, "wrong-cache", "Wrong", "", "", List.of(), wrong);

        assertThatThrownBy(() -> playground().runWithLines(level, 20)).isInstanceOf(LevelFailedException.class)
                .hasMessageContaining("hibernate.classcache.dev.ormplayground.domain.Post")
                .hasMessageContaining("read-write");
    }

    /** A level whose cache usage is misspelt. */
    static final class WrongSetting implements FeedLevel, HibernateCaching {
        @Override
        public Map<String, String> cacheSettings() {
            return Map.of("hibernate.cache.use_second_level_cache", "true",
                    "hibernate.classcache.dev.ormplayground.domain.Post", "read-wirte");
        }

        @Override
        public java.util.List<dev.ormplayground.domain.FeedItem> buildFeed(org.hibernate.Session session, int pageSize) {
            return List.of();
        }
    }
}
