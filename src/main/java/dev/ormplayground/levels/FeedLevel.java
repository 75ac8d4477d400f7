package dev.ormplayground.levels;

import dev.ormplayground.domain.FeedItem;
import java.util.List;
import org.hibernate.Session;

/**
 * The contract every level implements, the ladder's and, later, the ones a user writes: one way
 * to build the blog feed with Hibernate. This interface and the records it returns
 * ({@link FeedItem}, {@link dev.ormplayground.domain.CommentPreview}) are the public API of a
 * level; they change only with a new major version of the program.
 *
 * <p>What the runner guarantees a level:
 * <ul>
 *   <li>each call gets a fresh {@link Session}, as a web request would, with no transaction
 *       open (reading needs none); the runner closes it afterwards, so a level never does;</li>
 *   <li>{@code pageSize} is within 1-500;</li>
 *   <li>every JDBC statement the session sends is captured and counted, whichever Hibernate API
 *       sent it (queries, lazy loads, native SQL).</li>
 * </ul>
 *
 * <p>What a level must do: return the feed page exactly as the reference level ({@code naive})
 * builds it, or the run is marked wrong. A level reads the data; it never keeps a change of it
 * (one that says it {@link #writes()} writes in a transaction rolled back after the run). It may use
 * the domain entities and records, Hibernate and JPA, and the JDK; nothing else of the program
 * ({@code ArchitectureTest} holds the ladder's levels to that).
 */
@FunctionalInterface
public interface FeedLevel {

    /**
     * One feed page: the {@code pageSize} newest published posts (by {@code created_at}
     * descending, ties by id descending), each as a {@link FeedItem} with its author, its comment
     * and like counts and its {@value FeedItem#NEWEST_COMMENTS} newest comments. Fewer items
     * only when there are fewer published posts.
     */
    List<FeedItem> buildFeed(Session session, int pageSize);

    /**
     * Whether this level writes to the database (a detour that shows what a write does to a
     * cache). The runner then runs it in a transaction it rolls back afterwards, so the data set
     * stays as it was, and checks its feed against the naive feed read in that transaction after
     * the write, rather than against the feed of the data as loaded.
     *
     * <p>A level you write that returns true may, in the session it is given, insert, update and
     * delete rows of the blog's tables ({@code users}, {@code posts}, {@code comments},
     * {@code likes}) by any API: entities changed, persisted or removed, HQL mutations
     * ({@code createMutationQuery}), native SQL or JDBC through {@code session.doWork}. Changes
     * it leaves unflushed are flushed after {@code buildFeed} returns, as a commit would flush
     * them, and count as its statements. Refused before they reach the database, failing the run
     * even when the level catches the refusal: DDL ({@code create}, {@code alter}, {@code drop},
     * {@code truncate}...), a write to any other table or schema or through a quoted or
     * qualified name, a write hidden inside another statement, every other command
     * ({@code merge}, {@code set}, {@code call}, {@code runscript}, {@code shutdown}...), a write
     * on a connection of its own (another session), and anything that would end the transaction:
     * {@code commit} or {@code rollback} as SQL, {@code Transaction.commit()} and
     * {@code rollback()}, {@code Connection.commit()}, {@code rollback()} and
     * {@code setAutoCommit(true)}. A level that returns false, the default, may only read.
     */
    default boolean writes() {
        return false;
    }

    /**
     * The indexes this level needs, each one {@code create index NAME on TABLE (COLUMNS)} on the
     * blog's tables ({@code users}, {@code posts}, {@code comments}, {@code likes}): the runner
     * creates them before the level runs and drops them when a level that does not want them
     * runs, as it does for the {@code indexed} level. A level may not run DDL itself; this is how
     * a level you write adds an index. Anything but {@code create index} on those tables is
     * refused before the level runs.
     */
    default List<String> indexes() {
        return List.of();
    }
}
