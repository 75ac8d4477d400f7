package dev.ormplayground.ladder;

import dev.ormplayground.levels.FeedLevel;
import java.util.List;

/**
 * A level's identity card: what the ladder lists and the code view shows.
 *
 * @param number       position on the ladder, from 1
 * @param id           the stable id used on the command line ({@code fetch-join})
 * @param title        a short human name
 * @param articleTool  the Django tool from the article this level stands for
 * @param mechanism    the Hibernate/JPA mechanism that does the job here
 * @param indexes      the {@code create index} statements that must exist while it runs
 * @param feed         the code that runs
 */
public record Level(int number, String id, String title, String articleTool, String mechanism,
                    List<String> indexes, FeedLevel feed) {

    /** The first number of a level the user wrote: past the ladder's, the detours' and the cache road's. */
    public static final int FIRST_USER_NUMBER = 31;

    public Level {
        indexes = List.copyOf(indexes);
    }

    /** The name of the source file that holds this level's code, e.g. {@code NaiveFeed.java}. */
    public String sourceFileName() {
        return feed.getClass().getSimpleName() + ".java";
    }

    /** Whether the user wrote this level (by its number; the runner itself asks the level's class). */
    public boolean usersOwn() {
        return number >= FIRST_USER_NUMBER;
    }

    @Override
    public String toString() {
        return number + " " + id;
    }
}
