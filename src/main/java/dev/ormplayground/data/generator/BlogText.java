package dev.ormplayground.data.generator;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Plausible English for a developer blog: names, bios, titles and paragraphs put together from
 * small phrase lists. Only the random generator passed in decides, so a seed gives the same
 * text every time. Every list keeps its length and every choice its draw, so that fixing the
 * wording never moves the numbers drawn after it: the ids, dates and counts stay the same.
 */
final class BlogText {

    private static final String[] FIRST_NAMES = {
        "Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Guido", "Radia",
        "Edsger", "Hedy", "Alan", "Katherine", "Donald", "Sophie", "Tim", "Annie", "James", "Mary"};
    private static final String[] LAST_NAMES = {
        "Lovelace", "Hopper", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie", "Allen",
        "van Rossum", "Perlman", "Dijkstra", "Lamarr", "Kay", "Johnson", "Knuth", "Wilson",
        "Berners-Lee", "Easley", "Gosling", "Keller"};
    private static final Topic[] TOPICS = {
        plural("database indexes"), one("the N+1 query problem"), one("connection pooling"), one("lazy loading"),
        plural("query plans"), plural("caching strategies"), one("pagination"), one("ORM performance"),
        plural("SQL joins"), plural("schema migrations"), one("transaction isolation"), plural("read replicas"),
        plural("batch inserts"), one("denormalisation"), one("full-text search"), plural("background jobs"),
        one("API latency"), one("load testing"), one("profiling in production"), plural("slow query logs")};
    /** A verb after the topic is written {@code {singular|plural}}: "pagination matters", "query plans matter". */
    private static final String[] TITLE_PATTERNS = {
        "A gentle introduction to %s", "What nobody tells you about %s", "%s, explained with a blog feed",
        "Why %s {matters|matter} more than you think", "Five mistakes I made with %s", "Measuring %s properly",
        "%s in practice", "Stop guessing: %s by the numbers", "The hidden cost of %s",
        "Lessons from a year of %s"};
    private static final Pattern VERB = Pattern.compile("\\{(\\w+)\\|(\\w+)}");
    private static final String[] SUBJECTS = {
        "The feed page", "Our team", "The ORM", "Every request", "The query planner", "A single index",
        "The dashboard", "This small change", "The cache", "The database", "A careless loop",
        "The profiler", "Production traffic", "The template", "The new endpoint"};
    // Any verb with any object: each verb takes an amount, and each object is one.
    private static final String[] VERBS = {
        "quietly tripled", "halved", "cut", "exposed", "doubled", "hid", "changed", "revealed",
        "multiplied", "inflated", "showed us", "shrank"};
    private static final String[] OBJECTS = {
        "the number of queries per page", "the response time", "the number of round trips",
        "the time spent waiting on the database", "the work behind each page", "the memory we allocated",
        "the rows we read but never used", "the load on the database",
        "the cost of each page view", "the size of every result"};
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
        "Great write-up: this saved me an afternoon.", "We hit exactly this last month.",
        "Could you share the query plan for the second example?", "Thanks, the numbers make it convincing.",
        "Does this still hold with a remote database?", "I would add an index on the join column too.",
        "Bookmarked for our next code review.", "How does this compare with a materialised view?",
        "The part about counting rows was new to me.", "Clear and practical; more of this, please.",
        "We solved it with a cache, but this is cleaner.", "Tried it today: from 240 queries to 3."};
    private static final String[] BIO_ROLES = {
        "Backend developer", "Database engineer", "Web developer", "Site reliability engineer",
        "Teacher and developer", "Performance consultant", "Open-source maintainer", "Tech lead"};
    private static final String[] BIO_LIKES = {
        "fast queries", "clear code", "good coffee", "long walks", "flame graphs", "tidy schemas",
        "small pull requests", "reading query plans"};

    /** A topic and its grammatical number, which the verb of a title agrees with. */
    private record Topic(String name, boolean plural) {
    }

    private BlogText() {
    }

    private static Topic one(String name) {
        return new Topic(name, false);
    }

    private static Topic plural(String name) {
        return new Topic(name, true);
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
        String role = pick(random, BIO_ROLES);
        String first = pick(random, BIO_LIKES);
        return role + " who likes " + first + " and " + pickOther(random, BIO_LIKES, first)
                + ". Writes about databases, ORMs and making pages fast.";
    }

    static String title(SplittableRandom random) {
        String pattern = pick(random, TITLE_PATTERNS);
        Topic topic = pick(random, TOPICS);
        String title = String.format(agree(pattern, topic.plural()), topic.name());
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /** The pattern with each {@code {singular|plural}} verb in the topic's number. */
    private static String agree(String pattern, boolean plural) {
        return VERB.matcher(pattern).replaceAll(verb -> verb.group(plural ? 2 : 1));
    }

    /** A URL slug made from the title, made unique by the post id. */
    static String slug(String title, long id) {
        String words = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return words + "-" + id;
    }

    static String sentence(SplittableRandom random) {
        return sentence(random, "");
    }

    /** A sentence other than {@code previous}: the same four words in a row read like a typo. */
    private static String sentence(SplittableRandom random, String previous) {
        String start = pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " ";
        int tail = random.nextInt(TAILS.length);
        String sentence = start + TAILS[tail] + ".";
        return sentence.equals(previous) ? start + TAILS[(tail + 1) % TAILS.length] + "." : sentence;
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
            String previous = "";
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    body.append(' ');
                }
                previous = random.nextInt(4) == 0 ? pickOther(random, ASIDES, previous) : sentence(random, previous);
                body.append(previous);
            }
        }
        return body.toString();
    }

    static String comment(SplittableRandom random) {
        String first = pick(random, COMMENTS);
        return random.nextInt(3) == 0 ? first + " " + pickOther(random, COMMENTS, first) : first;
    }

    private static <T> T pick(SplittableRandom random, T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Like {@link #pick}, with the same single draw, but never {@code avoid}: the next choice instead. */
    private static String pickOther(SplittableRandom random, String[] choices, String avoid) {
        int index = random.nextInt(choices.length);
        return choices[index].equals(avoid) ? choices[(index + 1) % choices.length] : choices[index];
    }
}
