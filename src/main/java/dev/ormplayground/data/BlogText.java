package dev.ormplayground.data;

import java.util.SplittableRandom;

/**
 * Plausible English for a developer blog: names, bios, titles and paragraphs put together from
 * small phrase lists. Only the random generator passed in decides, so a seed gives the same
 * text every time.
 */
final class BlogText {

    private static final String[] FIRST_NAMES = {
        "Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Guido", "Radia",
        "Edsger", "Hedy", "Alan", "Katherine", "Donald", "Sophie", "Tim", "Annie", "James", "Mary"};
    private static final String[] LAST_NAMES = {
        "Lovelace", "Hopper", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie", "Allen",
        "van Rossum", "Perlman", "Dijkstra", "Lamarr", "Kay", "Johnson", "Knuth", "Wilson",
        "Berners-Lee", "Easley", "Gosling", "Keller"};
    private static final String[] TOPICS = {
        "database indexes", "the N+1 query problem", "connection pooling", "lazy loading",
        "query plans", "caching strategies", "pagination", "ORM performance", "SQL joins",
        "schema migrations", "transaction isolation", "read replicas", "batch inserts",
        "denormalisation", "full-text search", "background jobs", "API latency", "load testing",
        "profiling in production", "slow query logs"};
    private static final String[] TITLE_PATTERNS = {
        "A gentle introduction to %s", "What nobody tells you about %s", "%s, explained with a blog feed",
        "Why %s matters more than you think", "Five mistakes I made with %s", "Measuring %s properly",
        "%s in practice", "Stop guessing: %s by the numbers", "The hidden cost of %s",
        "Lessons from a year of %s"};
    private static final String[] SUBJECTS = {
        "The feed page", "Our team", "The ORM", "Every request", "The query planner", "A single index",
        "The dashboard", "This small change", "The cache", "The database", "A careless loop",
        "The profiler", "Production traffic", "The template", "The new endpoint"};
    private static final String[] VERBS = {
        "quietly turned", "made", "cut", "exposed", "doubled", "hid", "changed", "revealed",
        "multiplied", "simplified", "slowed down", "sped up"};
    private static final String[] OBJECTS = {
        "one query into hundreds", "the response time", "the number of round trips",
        "every lazy relation", "a full table scan", "the memory we allocated",
        "the rows we read but never used", "our assumptions about latency",
        "the cost of each page view", "the shape of the SQL"};
    private static final String[] TAILS = {
        "without anyone noticing", "under real traffic", "once the data grew",
        "in the first week", "on the busiest day of the year", "as soon as we measured it",
        "long before the servers were busy", "and the logs showed why", "in every environment we had",
        "while the tests stayed green"};
    private static final String[] ASIDES = {
        "It is easy to miss in development, where the database sits next to the code.",
        "The fix took ten lines; finding the problem took two days.",
        "Nobody wrote a slow query on purpose.",
        "Measuring first saved us from optimising the wrong thing.",
        "The numbers below come from a run on a laptop, so treat them as a shape, not a promise.",
        "Read the SQL your code produces at least once; it is rarely what you imagined.",
        "A query that reads a thousand rows to show twenty is a query worth a second look.",
        "Caching hides a slow query; it does not make it fast."};
    private static final String[] COMMENTS = {
        "Great write-up, this saved me an afternoon.", "We hit exactly this last month.",
        "Could you share the query plan for the second example?", "Thanks, the numbers make it convincing.",
        "Does this still hold with a remote database?", "I would add an index on the join column too.",
        "Bookmarked for our next code review.", "How does this compare with a materialised view?",
        "The part about counting rows was new to me.", "Clear and practical, more of this please.",
        "We solved it with a cache, but this is cleaner.", "Tried it today: from 240 queries to 3."};
    private static final String[] BIO_ROLES = {
        "Backend developer", "Database engineer", "Web developer", "Site reliability engineer",
        "Teacher and developer", "Performance consultant", "Open-source maintainer", "Tech lead"};
    private static final String[] BIO_LIKES = {
        "fast queries", "clear code", "good coffee", "long walks", "flame graphs", "tidy schemas",
        "small pull requests", "reading query plans"};

    private BlogText() {
    }

    /** The n-th user's name, from 1; the first twenty are distinct people, later ones numbered. */
    static String userName(long n) {
        int index = (int) ((n - 1) % FIRST_NAMES.length);
        String name = FIRST_NAMES[index] + " " + LAST_NAMES[(int) ((index * 7 + (n - 1) / FIRST_NAMES.length)
                % LAST_NAMES.length)];
        return n <= FIRST_NAMES.length ? name : name + " " + n;
    }

    static String email(String name) {
        String local = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", ".");
        return local + "@example.com";
    }

    static String bio(SplittableRandom random) {
        return pick(random, BIO_ROLES) + " who likes " + pick(random, BIO_LIKES) + " and "
                + pick(random, BIO_LIKES) + ". Writes about databases, ORMs and making pages fast.";
    }

    static String title(SplittableRandom random) {
        String title = String.format(pick(random, TITLE_PATTERNS), pick(random, TOPICS));
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /** A URL slug made from the title, made unique by the post id. */
    static String slug(String title, long id) {
        String words = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return words + "-" + id;
    }

    static String sentence(SplittableRandom random) {
        return pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " "
                + pick(random, TAILS) + ".";
    }

    static String excerpt(SplittableRandom random) {
        return sentence(random) + " " + pick(random, ASIDES);
    }

    /** Several paragraphs of four to seven sentences, separated by blank lines: a few KB. */
    static String body(SplittableRandom random) {
        StringBuilder body = new StringBuilder(4096);
        int paragraphs = 6 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                body.append("\n\n");
            }
            int sentences = 4 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    body.append(' ');
                }
                body.append(random.nextInt(4) == 0 ? pick(random, ASIDES) : sentence(random));
            }
        }
        return body.toString();
    }

    static String comment(SplittableRandom random) {
        String first = pick(random, COMMENTS);
        return random.nextInt(3) == 0 ? first + " " + pick(random, COMMENTS) : first;
    }

    private static String pick(SplittableRandom random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
