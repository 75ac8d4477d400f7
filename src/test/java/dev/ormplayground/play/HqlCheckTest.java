package dev.ormplayground.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.db.Database;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A level's HQL checked against the mapping before it runs: an unknown entity or attribute is
 * found at its line in Hibernate's words, a level that is right gives none, a text block is
 * reported at the line it starts on, and no statement is sent (no connection is even taken).
 */
class HqlCheckTest {

    private static final StatementCapture CAPTURE = new StatementCapture();
    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.createInMemory(CAPTURE);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static SessionFactory factory() {
        return database.sessionFactory();
    }

    private static String level(String body) {
        return """
                package mine;

                import dev.ormplayground.domain.Post;
                import java.util.List;
                import org.hibernate.Session;

                public class MyFeed {
                    List<Post> feed(Session session, String title) {
                """ + body + """
                    }
                }
                """;
    }

    private static int lineOf(String source, String text) {
        return (int) source.substring(0, source.indexOf(text)).lines().count() + (source.indexOf(text) == 0 ? 1 : 0);
    }

    @Test
    void anUnknownEntityIsFoundAtItsLineInHibernatesWords() {
        String source = level("""
                        session.createSelectionQuery("from Post p", Post.class).getResultList();
                        return session.createSelectionQuery("from Postt p", Post.class).getResultList();
                """);
        List<CompileProblem> problems = HqlCheck.check(factory(), "MyFeed.java", source);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(lineOf(source, "from Postt"), problems.get(0).line());
        assertEquals("MyFeed.java", problems.get(0).fileName());
        assertEquals("Could not resolve root entity 'Postt'", problems.get(0).message());
    }

    @Test
    void anUnknownAttributeIsFoundAtItsLineInHibernatesWords() {
        String source = level("""
                        return session.createQuery("from Post p "
                                + "where p.titel = :title", Post.class)
                            .setParameter("title", title).getResultList();
                """);
        List<CompileProblem> problems = HqlCheck.check(factory(), "MyFeed.java", source);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(lineOf(source, "\"from Post p \""), problems.get(0).line(), "the line the query starts on");
        assertTrue(problems.get(0).message().startsWith("Could not resolve attribute 'titel' of '")
                && problems.get(0).message().contains("Post"), problems.get(0).message());
    }

    @Test
    void aTextBlockIsReportedAtTheLineItStartsOn() {
        String source = level("""
                        List<Post> posts = session.createSelectionQuery(\"""
                                from Post p
                                where p.status = 'published'
                                order by p.createdOn desc\""", Post.class).getResultList();
                        session.createMutationQuery("update Post p set p.nothing = 1").executeUpdate();
                        return posts;
                """);
        List<CompileProblem> problems = HqlCheck.check(factory(), "MyFeed.java", source);
        String[] lines = source.split("\n", -1);
        int textBlock = lineOf(source, "session.createSelectionQuery(\"\"\"");
        assertTrue(lines[textBlock - 1].contains("\"\"\""), lines[textBlock - 1]);
        assertEquals(2, problems.size(), problems::toString);
        assertEquals(textBlock, problems.get(0).line(), problems::toString);
        assertTrue(problems.get(0).message().contains("'createdOn'"), problems.get(0).message());
        assertEquals(lineOf(source, "createMutationQuery"), problems.get(1).line());
        assertTrue(problems.get(1).message().contains("'nothing'"), problems.get(1).message());
    }

    @Test
    void aQueryThatIsNotALiteralIsLeftToTheRun() {
        String source = level("""
                        String hql = "from Postt p";
                        session.createNativeQuery("select * from nowhere", Object.class);
                        // session.createQuery("from Commented c")
                        String s = "createQuery(\\"from Quoted q\\")";
                        session.createSelectionQuery(hql + " where 1 = 1", Post.class);
                        return session.createSelectionQuery(hql, Post.class).getResultList();
                """);
        assertEquals(List.of(), HqlCheck.queries(source));
        assertEquals(List.of(), HqlCheck.check(factory(), "MyFeed.java", source));
    }

    @Test
    void theLaddersLevelsCheckOutAndNothingReachesTheDatabase() {
        long connectionsBefore = factory().getStatistics().getConnectCount();
        List<CapturedStatement> sent;
        try (StatementCapture.Recording recording = CAPTURE.start()) {
            Level naive = Ladder.standard().first();
            String source = LevelSource.of(naive);
            assertTrue(!HqlCheck.queries(source).isEmpty(), "the naive level has a query");
            assertEquals(List.of(), HqlCheck.check(factory(), naive.sourceFileName(), source));
            for (Level level : Ladder.standard().levels()) {
                assertEquals(List.of(), HqlCheck.check(factory(), level.sourceFileName(), LevelSource.of(level)),
                        level.id());
            }
            assertTrue(!HqlCheck.check(factory(), "MyFeed.java", level("""
                    return session.createSelectionQuery("from Postt p", Post.class).getResultList();
                    """)).isEmpty());
            sent = recording.stop();
        }
        assertEquals(List.of(), sent, "no statement");
        assertEquals(connectionsBefore, factory().getStatistics().getConnectCount(), "no connection taken");
    }

    @Test
    void aSyntaxErrorIsOnTheLineOfTheQueryItIsOn() {
        String source = level("""
                        return session.createSelectionQuery(\"""
                                from Post p
                                where p.title = = 'x'\""", Post.class).getResultList();
                """);
        List<CompileProblem> problems = HqlCheck.check(factory(), "MyFeed.java", source);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(lineOf(source, "where p.title = ="), problems.get(0).line(), problems::toString);
        assertEquals("At 2:16 and token '=', extraneous input '='", problems.get(0).message());
    }
}
