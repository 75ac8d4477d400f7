package dev.ormplayground.run;

import dev.ormplayground.capture.StatementGroup;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an N+1 group is and how Hibernate gets rid of it, told from its SQL and the line that sent
 * it: a lazy to-one (a proxy loaded by its id) touched in a loop, a lazy collection iterated in a
 * loop, or {@code size()} on a collection only to count it. Names the ladder level that applies
 * the fix, so the window can offer to go there.
 *
 * @param pattern what the loop does
 * @param what    the pattern in one sentence
 * @param fix     how Hibernate fixes it
 * @param levelId the ladder level that applies that fix
 */
public record NPlusOneHint(Kind pattern, String what, String fix, String levelId) {

    public enum Kind { LAZY_TO_ONE, LAZY_COLLECTION, SIZE_TO_COUNT }

    /** A select of one row by its primary key: how Hibernate loads a proxy, e.g. {@code where u1_0.id=?}. */
    private static final Pattern BY_ID = Pattern.compile("\\bwhere \\w+\\.id=\\?\\s*$");

    /** The hint for a group of statements sent from {@code source}; empty unless the group is an N+1. */
    public static Optional<NPlusOneHint> of(StatementGroup group, StatementSource source) {
        if (!group.nPlusOne()) {
            return Optional.empty();
        }
        if (source.code().contains(".size()")) {
            return Optional.of(new NPlusOneHint(Kind.SIZE_TO_COUNT,
                    "size() on a lazy collection, only to count it: Hibernate loads every element of it, one query per post.",
                    "Count in SQL instead: one query with count(...) group by post for the whole page (or an"
                            + " extra-lazy collection, whose size() is a count query, still one per post).",
                    "aggregate"));
        }
        if (BY_ID.matcher(group.sql()).find()) {
            return Optional.of(new NPlusOneHint(Kind.LAZY_TO_ONE,
                    "A lazy to-one touched in a loop: each proxy not yet in the session is loaded by its id, one query each.",
                    "Join fetch it with the query that loads the owners (join fetch p.author), or let Hibernate load"
                            + " the proxies in batches (@BatchSize, hibernate.default_batch_fetch_size), or name it in an"
                            + " entity graph.",
                    "fetch-join"));
        }
        return Optional.of(new NPlusOneHint(Kind.LAZY_COLLECTION,
                "A lazy collection iterated in a loop: Hibernate loads it for each owner, one query per post.",
                "Load the collections of the whole page in one query (where c.post.id in :ids, or join fetch, one"
                        + " collection at a time), or with @BatchSize / @Fetch(FetchMode.SUBSELECT).",
                "fetch-join"));
    }
}
