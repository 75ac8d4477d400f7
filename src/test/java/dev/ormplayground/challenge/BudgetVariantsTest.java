package dev.ormplayground.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.LevelCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A budget holds for every right solution, not only for the reference's count: for each
 * challenge with a statement, rows-read or rows-scanned budget, levels written as learners write
 * them (the relations touched in another order, another batch size, the statements in another
 * order or shape the goal allows) pass on both data sets, and the wrong ones the budget is there
 * for fail on its line. Each level is the challenge's solution or starter with its text edited.
 */
class BudgetVariantsTest {

    private static final Challenges CHALLENGES = Challenges.load(List.of());

    @RegisterExtension
    static final SharedChecker shared = new SharedChecker();

    /** A learner's level for a challenge: its source, as the class {@code className}. */
    record Variant(String challenge, String className, String what, UnaryOperator<String> edit, boolean fromStarter) {

        Level compiled() {
            Challenge challenge = CHALLENGES.byId(this.challenge);
            String source = ChallengeCode.source(challenge, fromStarter ? challenge.starter() : challenge.solution(),
                    Ladder.standard(), className);
            return LevelCompiler.level(className + ".java", edit.apply(source), "a test's", LevelCompiler.USER_LEVEL_NUMBER);
        }

        @Override
        public String toString() {
            return challenge + ": " + what;
        }
    }

    // --- batch-fetching: the naive loop in other orders, with other batch sizes -----------------------------

    /** The naive loop's body, from its first getter to its newest comments, as the level has it. */
    private static final Pattern NAIVE_LOOP_BODY = Pattern.compile(
            "            User author = post\\.getAuthor\\(\\);\\n.*?\\.toList\\(\\);\\n", Pattern.DOTALL);

    private static final String NEWEST = """
                        List<CommentPreview> newest = comments.stream()
                                .sorted(Comment.NEWEST_FIRST)
                                .limit(FeedItem.NEWEST_COMMENTS)
                                .map(c -> new CommentPreview(c.getUser().getName(), c.getBody()))
                                .toList();
            """;

    private static final String LIKES_FIRST = """
                        int likeCount = post.getLikes().size();
                        List<Comment> comments = post.getComments();
            """ + NEWEST + """
                        int commentCount = comments.size();
                        User author = post.getAuthor();
                        String authorName = author.getName();
            """;

    private static final String COMMENTS_FIRST = """
                        List<Comment> comments = post.getComments();
            """ + NEWEST + """
                        int commentCount = comments.size();
                        User author = post.getAuthor();
                        String authorName = author.getName();
                        int likeCount = post.getLikes().size();
            """;

    private static final String COUNTS_FIRST_AUTHOR_LAST = """
                        List<Comment> comments = post.getComments();
                        int commentCount = comments.size();
                        int likeCount = post.getLikes().size();
            """ + NEWEST + """
                        User author = post.getAuthor();
                        String authorName = author.getName();
            """;

    private static UnaryOperator<String> batchSize(int size, String loopBody) {
        return source -> {
            String batched = replaced(source, "        List<Post> posts = session.createSelectionQuery(",
                    "        session.setFetchBatchSize(" + size + ");\n        List<Post> posts = session.createSelectionQuery(");
            if (loopBody == null) {
                return batched;
            }
            Matcher body = NAIVE_LOOP_BODY.matcher(batched);
            assertThat(body.find()).as("the naive loop's body in the starter").isTrue();
            return body.replaceFirst(Matcher.quoteReplacement(loopBody));
        };
    }

    static Stream<Variant> batchFetching() {
        return Stream.of(
                starter("batch-fetching", "Batch10", "batch size 10 (hint 3), the naive loop's order", batchSize(10, null)),
                starter("batch-fetching", "Batch10CommentsFirst", "batch size 10, comments and their newest first",
                        batchSize(10, COMMENTS_FIRST)),
                starter("batch-fetching", "Batch5LikesFirst", "batch size 5, likes first", batchSize(5, LIKES_FIRST)),
                starter("batch-fetching", "Batch5CommentsFirst", "batch size 5, comments and their newest first",
                        batchSize(5, COMMENTS_FIRST)),
                starter("batch-fetching", "Batch16CountsFirst", "batch size 16, both counts first, author last",
                        batchSize(16, COUNTS_FIRST_AUTHOR_LAST)),
                starter("batch-fetching", "Batch20", "batch size 20, the naive loop's order", batchSize(20, null)));
    }

    static Stream<Variant> batchFetchingWrong() {
        return Stream.of(
                starter("batch-fetching", "MyBatchFetching", "the starter: the naive loop, no batches", UnaryOperator.identity()),
                starter("batch-fetching", "Batch1", "batch size 1", batchSize(1, null)),
                starter("batch-fetching", "Batch2", "batch size 2", batchSize(2, null)),
                starter("batch-fetching", "Batch3", "batch size 3", batchSize(3, null)),
                starter("batch-fetching", "Batch4", "batch size 4", batchSize(4, null)));
    }

    // --- statements of fetch-join and aggregate, moved or reshaped -------------------------------------------

    /** The statement starting with {@code start} (a line's text after its indent), up to its semicolon and line end. */
    private static String statement(String source, String start) {
        Matcher found = Pattern.compile("(?m)^[ \\t]*" + Pattern.quote(start) + "(?s).*?;\\n").matcher(source);
        assertThat(found.find()).as("a statement starting '%s' in%n%s", start, source).isTrue();
        return found.group();
    }

    /** {@code source} with the statement starting {@code moved} put right before the one starting {@code before}. */
    private static String moved(String source, String moved, String before) {
        String statement = statement(source, moved);
        String without = source.replace(statement, "");
        String target = statement(without, before);
        return without.replace(target, statement + target);
    }

    /** {@code source} with its first {@code text} replaced, which it must hold. */
    private static String replaced(String source, String text, String with) {
        int at = source.indexOf(text);
        assertThat(at).as("'%s' in%n%s", text, source).isNotNegative();
        return source.substring(0, at) + with + source.substring(at + text.length());
    }

    /** A post id and a count per row: {@code select l.post.id, count(l) ... group by l.post.id}, into a map. */
    private static String countQuery(String variable, String entity, String alias) {
        return """
                        Map<Long, Long> %1$s = session.createSelectionQuery(
                                        "select %3$s.post.id, count(%3$s) from %2$s %3$s where %3$s.post.id in :postIds group by %3$s.post.id",
                                        Object[].class)
                                .setParameter("postIds", postIds)
                                .getResultStream()
                                .collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
                """.formatted(variable, entity, alias);
    }

    private static final String FETCH_JOIN_LIKES = "Map<Long, Long> likesByPost = session.createSelectionQuery(";
    private static final String FETCH_JOIN_COMMENTS = "Map<Long, List<Comment>> commentsByPost = session.createSelectionQuery(";

    private static String likesFirst(String fetchJoin) {
        return moved(fetchJoin, FETCH_JOIN_LIKES, FETCH_JOIN_COMMENTS);
    }

    private static String likesCounted(String fetchJoin) {
        return fetchJoin.replace(statement(fetchJoin, FETCH_JOIN_LIKES), countQuery("likesByPost", "PostLike", "l"));
    }

    static Stream<Variant> nPlusOne() {
        return Stream.of(
                solution("n-plus-one", "FetchJoin", "the reference: fetch-join", UnaryOperator.identity()),
                solution("n-plus-one", "LikesBeforeComments", "likes' query before the comments'", BudgetVariantsTest::likesFirst),
                solution("n-plus-one", "LikesCounted", "likes counted with group by (hint 4)", BudgetVariantsTest::likesCounted),
                solution("n-plus-one", "LikesCountedFirst", "likes counted with group by, before the comments",
                        source -> likesFirst(likesCounted(source))));
    }

    static Stream<Variant> nPlusOneWrong() {
        return Stream.of(
                starter("n-plus-one", "MyNPlusOne", "the starter: the naive loop", UnaryOperator.identity()),
                solution("n-plus-one", "CommentersLazy", "comments without 'join fetch c.user'",
                        source -> replaced(source, "                        join fetch c.user\n", "")));
    }

    /** The two-bags level with each collection fetched by a query of its own, into the posts the session holds. */
    private static String collectionsApart(String twoBags, boolean likesFirst) {
        String withoutBags = replaced(replaced(twoBags, "                        left join fetch p.comments\n", ""),
                "                        left join fetch p.likes\n", "");
        String comments = """
                        session.createSelectionQuery(
                                        "from Post p left join fetch p.comments c left join fetch c.user where p.id in :postIds", Post.class)
                                .setParameter("postIds", postIds)
                                .getResultList();
                """;
        String likes = """
                        session.createSelectionQuery("from Post p left join fetch p.likes where p.id in :postIds", Post.class)
                                .setParameter("postIds", postIds)
                                .getResultList();
                """;
        return replaced(withoutBags, "        return LoadedPosts.feed(posts);",
                "        List<Long> postIds = posts.stream().map(Post::getId).toList();\n"
                        + (likesFirst ? likes + comments : comments + likes) + "        return LoadedPosts.feed(posts);");
    }

    static Stream<Variant> twoBags() {
        return Stream.of(
                solution("two-bags", "FetchJoin", "the reference: fetch-join", UnaryOperator.identity()),
                solution("two-bags", "FetchJoinLikesCounted", "fetch-join, likes counted with group by (hint 3)",
                        BudgetVariantsTest::likesCounted),
                starter("two-bags", "BagsApart", "each bag join fetched into the page's posts by a query of its own",
                        source -> collectionsApart(source, false)),
                starter("two-bags", "BagsApartLikesFirst", "each bag by a query of its own, likes first",
                        source -> collectionsApart(source, true)));
    }

    static Stream<Variant> twoBagsWrong() {
        return Stream.of(starter("two-bags", "BagsDropped", "both bag fetches dropped, the loop loads them lazily",
                source -> replaced(replaced(source, "                        left join fetch p.comments\n", ""),
                        "                        left join fetch p.likes\n", "")));
    }

    // --- counts-in-sql -------------------------------------------------------------------------------------

    private static final String AGGREGATE_COUNTS = "Map<Long, Map<String, Long>> countsByPost = session.createSelectionQuery(";
    private static final String AGGREGATE_NEWEST = "Map<Long, List<Comment>> newestCommentsByPost = session.createSelectionQuery(";

    /** fetch-join with each count a query of its own (hint 2, and the same for the likes): four statements. */
    private static String twoCountQueries(String fetchJoin) {
        String counted = likesCounted(fetchJoin);
        counted = replaced(counted, "        List<FeedItem> feed = new ArrayList<>();",
                countQuery("commentCounts", "Comment", "c") + "\n        List<FeedItem> feed = new ArrayList<>();");
        return replaced(counted, "comments.size(), likesByPost", "commentCounts.getOrDefault(post.getId(), 0L), likesByPost");
    }

    static Stream<Variant> countsInSql() {
        return Stream.of(
                solution("counts-in-sql", "Aggregate", "the reference: aggregate", UnaryOperator.identity()),
                solution("counts-in-sql", "CountsAfterNewest", "aggregate, the counts' query after the newest comments'",
                        source -> moved(source, AGGREGATE_NEWEST, AGGREGATE_COUNTS)),
                starter("counts-in-sql", "LikesCounted", "likes counted with group by, comments counted as loaded",
                        BudgetVariantsTest::likesCounted),
                starter("counts-in-sql", "TwoCountQueries", "a count query per relation (hint 2) and the page's comments",
                        BudgetVariantsTest::twoCountQueries));
    }

    static Stream<Variant> countsInSqlWrong() {
        return Stream.of(
                starter("counts-in-sql", "MyCountsInSql", "the starter: fetch-join, every like loaded", UnaryOperator.identity()),
                starter("counts-in-sql", "OnlyCommentsCounted", "comments counted with group by, every like still loaded",
                        source -> replaced(replaced(source, "        List<FeedItem> feed = new ArrayList<>();",
                                        countQuery("commentCounts", "Comment", "c") + "\n        List<FeedItem> feed = new ArrayList<>();"),
                                "comments.size(), likesByPost", "commentCounts.getOrDefault(post.getId(), 0L), likesByPost")));
    }

    // --- article-bug ---------------------------------------------------------------------------------------

    private static final String QUERY_INDENT = " ".repeat(24);
    private static final String ARTICLE_COUNTS = "Map<Long, PostCounts> countsByPost = session.createSelectionQuery(";

    static Stream<Variant> articleBug() {
        return Stream.of(
                solution("article-bug", "Distinct", "the reference: count(distinct ...)", UnaryOperator.identity()),
                starter("article-bug", "CountSubqueries", "a count subquery per relation, no join",
                        source -> replaced(replaced(source, "select p.id, count(c.id), count(l.id)\n" + QUERY_INDENT
                                        + "from Post p\n" + QUERY_INDENT + "left join p.comments c\n" + QUERY_INDENT
                                        + "left join p.likes l\n",
                                "select p.id, (select count(*) from Comment c where c.post.id = p.id),"
                                        + " (select count(*) from PostLike l where l.post.id = p.id)\n" + QUERY_INDENT + "from Post p\n"),
                                "\n                        group by p.id", "")),
                starter("article-bug", "CommentsCountedAsLoaded", "likes counted by the join alone, comments as loaded",
                        source -> replaced(replaced(replaced(source, "count(c.id), count(l.id)", "count(l.id), count(l.id)"),
                                "                        left join p.comments c\n", ""),
                                "counts.comments()", "(long) commentsByPost.getOrDefault(post.getId(), List.of()).size()")),
                starter("article-bug", "TwoCountQueries", "a group by query per relation",
                        source -> {
                            String split = source.replace(statement(source, ARTICLE_COUNTS),
                                    countQuery("commentCounts", "Comment", "c") + countQuery("likeCounts", "PostLike", "l"));
                            split = replaced(split, "            PostCounts counts = countsByPost.get(post.getId());\n", "");
                            return replaced(split, "counts.comments(), counts.likes()",
                                    "commentCounts.getOrDefault(post.getId(), 0L), likeCounts.getOrDefault(post.getId(), 0L)");
                        }));
    }

    static Stream<Variant> articleBugWrong() {
        return Stream.of(solution("article-bug", "CountedInTheLoop", "counts from the lazy collections, one query per post each",
                source -> replaced(source, "counts.comments(), counts.likes()",
                        "(long) post.getComments().size(), (long) post.getLikes().size()")));
    }

    // --- only-the-columns ----------------------------------------------------------------------------------

    static Stream<Variant> onlyTheColumns() {
        return Stream.of(
                solution("only-the-columns", "SlimColumns", "the reference: slim-columns", UnaryOperator.identity()),
                solution("only-the-columns", "CommentsProjected", "PostSummary, the comments as a projection of their columns",
                        source -> {
                            String projected = source.replace(statement(source,
                                    "Map<Long, List<CommentSummary>> newestCommentsByPost = session.createSelectionQuery("), """
                                            Map<Long, List<Object[]>> newestCommentsByPost = session.createSelectionQuery(
                                                            "select c.postId, u.name, c.body from CommentSummary c join c.user u"
                                                            + " where c.postId in :postIds order by c.createdAt desc, c.id desc", Object[].class)
                                                    .setParameter("postIds", postIds)
                                                    .getResultStream()
                                                    .collect(groupingBy(row -> (Long) row[0]));
                                    """);
                            return replaced(projected, ".map(c -> new CommentPreview(c.getUser().getName(), c.getBody()))",
                                    ".map(row -> new CommentPreview((String) row[1], (String) row[2]))");
                        }),
                solution("only-the-columns", "CountsFirst", "slim-columns, the newest comments before the counts",
                        source -> moved(source, "Map<Long, List<CommentSummary>> newestCommentsByPost = session.createSelectionQuery(",
                                AGGREGATE_COUNTS)));
    }

    static Stream<Variant> onlyTheColumnsWrong() {
        return Stream.of(solution("only-the-columns", "CommentersLazy", "CommentSummary without 'join fetch c.user'",
                source -> replaced(source, "                        join fetch c.user\n", "")));
    }

    // --- use-the-index -------------------------------------------------------------------------------------

    private static UnaryOperator<String> index(String columns) {
        return source -> replaced(source, "on posts(created_at desc, id desc)", "on posts(" + columns + ")");
    }

    static Stream<Variant> useTheIndex() {
        return Stream.of(
                solution("use-the-index", "Newest", "posts(created_at desc, id desc), as hint 3", UnaryOperator.identity()),
                solution("use-the-index", "Ascending", "posts(created_at, id), read backwards", index("created_at, id")),
                solution("use-the-index", "CreatedOnly", "posts(created_at desc)", index("created_at desc")));
    }

    static Stream<Variant> useTheIndexWrong() {
        return Stream.of(
                starter("use-the-index", "MyUseTheIndex", "the starter: no index", UnaryOperator.identity()),
                solution("use-the-index", "StatusFirst", "posts(status, created_at desc, id desc), the article's order of columns",
                        index("status, created_at desc, id desc")));
    }

    // --- one-round-trip ------------------------------------------------------------------------------------

    static Stream<Variant> oneRoundTrip() {
        return Stream.of(
                solution("one-round-trip", "SingleQuery", "the reference: single-query", UnaryOperator.identity()),
                solution("one-round-trip", "SizeCounts", "the counts as size() of the page's posts' collections",
                        source -> replaced(replaced(replaced(source,
                                        "p.createdAt as createdAt, a.name as authorName, a.avatarUrl as avatarUrl",
                                        "p.createdAt as createdAt, a.name as authorName, a.avatarUrl as avatarUrl,"
                                                + " cast(size(p.comments) as Long) as commentCount, cast(size(p.likes) as Long) as likeCount"),
                                "pg.avatarUrl as avatarUrl, u.name as commenterName",
                                "pg.avatarUrl as avatarUrl, pg.commentCount as commentCount, pg.likeCount as likeCount,"
                                        + " u.name as commenterName"),
                                "(select count(*) from Comment c where c.post.id = x.id),\n"
                                        + "                               (select count(*) from PostLike l where l.post.id = x.id),",
                                "x.commentCount, x.likeCount,")));
    }

    static Stream<Variant> oneRoundTripWrong() {
        return Stream.of(starter("one-round-trip", "MyOneRoundTrip", "the starter: projection's three statements",
                UnaryOperator.identity()));
    }

    // --- evict-on-write: the eviction before or after the write; the cache emptied or bypassed too often ---------

    private static final String WRITE = "ReaderComment.add(session, page.get(0).id()); // a reader comments on the newest post";

    static Stream<Variant> evictOnWrite() {
        return Stream.of(
                solution("evict-on-write", "EvictAfter", "the reference: clear() right after the write", UnaryOperator.identity()),
                starter("evict-on-write", "EvictBefore", "clear() right before the write",
                        source -> replaced(source, WRITE, "cached.clear();\n        " + WRITE)),
                starter("evict-on-write", "OwnMap", "a map of its own by page size, the page removed on the write",
                        source -> replaced(replaced(replaced(replaced(source,
                                "private final CachedFeed cached = new CachedFeed();",
                                "private final java.util.Map<Integer, List<FeedItem>> pages = new java.util.HashMap<>();"),
                                "List<FeedItem> page = cached.buildFeed(session, pageSize);",
                                "List<FeedItem> page = pages.computeIfAbsent(pageSize, size -> new dev.ormplayground.levels.SingleQueryFeed().buildFeed(session, size));"),
                                WRITE, WRITE + "\n        pages.remove(pageSize);"),
                                "return cached.buildFeed(session, pageSize);",
                                "return pages.computeIfAbsent(pageSize, size -> new dev.ormplayground.levels.SingleQueryFeed().buildFeed(session, size));")));
    }

    static Stream<Variant> evictOnWriteWrong() {
        return Stream.of(
                starter("evict-on-write", "NoCache", "no cache: single-query for the page before and after the write",
                        source -> replaced(replaced(source, "List<FeedItem> page = cached.buildFeed(session, pageSize);",
                                        "List<FeedItem> page = new dev.ormplayground.levels.SingleQueryFeed().buildFeed(session, pageSize);"),
                                "return cached.buildFeed(session, pageSize);",
                                "return new dev.ormplayground.levels.SingleQueryFeed().buildFeed(session, pageSize);")),
                starter("evict-on-write", "ClearFirst", "the cache emptied at the start of every run, and on the write",
                        source -> replaced(replaced(source, "List<FeedItem> page = cached.buildFeed(session, pageSize);",
                                        "cached.clear();\n        List<FeedItem> page = cached.buildFeed(session, pageSize);"),
                                WRITE, WRITE + "\n        cached.clear();")));
    }

    static Stream<Variant> right() {
        return Stream.of(nPlusOne(), twoBags(), countsInSql(), articleBug(), onlyTheColumns(), useTheIndex(),
                batchFetching(), oneRoundTrip(), evictOnWrite()).flatMap(variants -> variants);
    }

    static Stream<Variant> wrong() {
        return Stream.of(nPlusOneWrong(), twoBagsWrong(), countsInSqlWrong(), articleBugWrong(), onlyTheColumnsWrong(),
                useTheIndexWrong(), batchFetchingWrong(), oneRoundTripWrong(), evictOnWriteWrong()).flatMap(variants -> variants);
    }

    private static Variant solution(String challenge, String className, String what, UnaryOperator<String> edit) {
        return new Variant(challenge, className, what, edit, false);
    }

    private static Variant starter(String challenge, String className, String what, UnaryOperator<String> edit) {
        return new Variant(challenge, className, what, edit, true);
    }

    private static Checklist checked(Variant variant) {
        Checklist checklist = shared.checker().check(CHALLENGES.byId(variant.challenge()), variant.compiled());
        System.out.println("VARIANT " + variant + "\n  " + String.join("\n  ",
                checklist.lines().stream().map(Object::toString).toList()));
        return checklist;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.ormplayground.challenge.ShippedChallengesTest#shipped")
    void theGoalStatesEachBudgetForBothDataSets(Challenge challenge) {
        Conditions conditions = challenge.conditions();
        String goal = challenge.goal();

        assertThat(goal).as("%s's goal", challenge.id())
                .contains("on the sample data (page " + ChallengeChecker.SAMPLE_PAGE + ")")
                .contains("(page " + challenge.hidden().page() + ")");
        if (conditions.statements() != null) {
            assertThat(goal).as("%s's goal", challenge.id()).contains(conditions.statements() == 1 ? "in one statement"
                    : "at most " + conditions.statements() + " statements");
        }
        if (conditions.rowsRead() != null) {
            assertThat(goal).as("%s's goal", challenge.id()).contains("at most " + conditions.rowsRead() + " rows read")
                    .contains(conditions.rowsReadHidden() + " on the hidden data set");
        }
        if (conditions.pageQueryRowsScanned() != null) {
            assertThat(goal).as("%s's goal", challenge.id()).contains("scans at most " + conditions.pageQueryRowsScanned() + " rows");
        }
        if (conditions.warmStatements() != null) {
            assertThat(goal).as("%s's goal", challenge.id()).contains("at most " + conditions.warmStatements() + " statements on a warm run");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("right")
    void aRightSolutionPassesOnBothDataSets(Variant variant) {
        Checklist checklist = checked(variant);

        assertThat(checklist.failed()).as("%s: the lines that failed", variant).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrong")
    void aWrongOneFailsOnTheBudget(Variant variant) {
        Checklist checklist = checked(variant);

        assertThat(checklist.lines()).as("%s: the checklist", variant)
                .filteredOn(line -> line.text().startsWith("same feed as naive")).allMatch(CheckLine::passed);
        assertThat(checklist.failed()).as("%s: the lines that failed", variant).extracting(CheckLine::text)
                .anyMatch(text -> text.startsWith("statements ") || text.startsWith("rows read ")
                        || text.startsWith("rows the page query scanned "));
    }
}
