package dev.ormplayground.data.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.data.DataLoadException;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.LoadReport;
import dev.ormplayground.data.load.BlogDataLoader;
import dev.ormplayground.db.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loads small data sets the test writes, good and broken in every way a hand-made CSV breaks. */
class CsvLoadTest {

    private static final String USERS = """
            id,name,email,avatar_url,bio
            1,Ada Lovelace,ada@example.com,https://avatars.example.com/u/1.png,First programmer
            2,Alan Kay,alan@example.com,https://avatars.example.com/u/2.png,"Smalltalk, objects"
            """;
    // Post 1's body spans lines 2-4, so post 2 is on line 5 and post 3 on line 6.
    private static final String POSTS = """
            id,author_id,title,slug,excerpt,body,status,created_at
            1,1,First,first,Ex,"Body one

            Second paragraph",published,2026-03-01T09:30:00
            2,2,Second,second,Ex,Body two,draft,2026-03-02T09:30:00
            3,1,Third,third,Ex,Body three,published,2026-03-03T09:30:00
            """;
    private static final String COMMENTS = """
            id,post_id,user_id,body,created_at
            1,1,2,Nice,2026-03-01T10:00:00
            2,3,1,Thanks,2026-03-03T10:00:00
            """;
    private static final String LIKES = """
            id,post_id,user_id,created_at
            1,1,2,2026-03-01T11:00:00
            2,3,2,2026-03-03T11:00:00
            """;

    @TempDir
    Path folder;
    private Database database;

    @BeforeEach
    void writeGoodFiles() throws IOException {
        write(BlogCsv.USERS, USERS);
        write(BlogCsv.POSTS, POSTS);
        write(BlogCsv.COMMENTS, COMMENTS);
        write(BlogCsv.LIKES, LIKES);
        database = Database.createInMemory(new StatementCapture());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
    }

    private void replace(String file, String from, String to) throws IOException {
        String text = Files.readString(folder.resolve(file));
        assertTrue(text.contains(from), "test set-up: " + from);
        write(file, text.replace(from, to));
    }

    @Test
    void aGoodDataSetLoadsWithMultiLineBodiesIntact() throws SQLException {
        LoadReport report = BlogDataLoader.loadCsv(database, folder, LoadProgress.NONE);

        assertEquals(new LoadReport(2, 3, 2, 2, 2, report.elapsedMillis()), report);
        assertEquals(List.of(3L, 2L, 2L, 2L), rowCounts());
        assertEquals("Body one\n\nSecond paragraph", queryString("select body from posts where id = 1"));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
        posts.csv    | status,created_at          | created_at                 | 1 | wrong header 'id,author_id,title,slug,excerpt,body,created_at', expected 'id,author_id,title,slug,excerpt,body,status,created_at'
        posts.csv    | Body two,draft,            | Body two,                  | 5 | 7 columns, expected 8
        posts.csv    | 2,2,Second                 | 2,two,Second               | 5 | bad number 'two' in author_id, expected a positive integer
        posts.csv    | 3,1,Third                  | -3,1,Third                 | 6 | bad number '-3' in id, expected a positive integer
        posts.csv    | 3,1,Third                  | 2,1,Third                  | 6 | duplicate id 2
        posts.csv    | draft                      | hidden                     | 5 | bad value 'hidden' in status, expected one of draft, published
        posts.csv    | 2,2,Second                 | 2,7,Second                 | 5 | author_id 7 does not exist in users.csv
        likes.csv    | 2026-03-03T11:00:00        | 2026-03-32T11:00:00        | 3 | bad date '2026-03-32T11:00:00' in created_at
        comments.csv | 2026-03-03T10:00:00        | 03/03/2026                 | 3 | bad date '03/03/2026' in created_at
        comments.csv | 2,3,1,Thanks               | 2,3,9,Thanks               | 3 | user_id 9 does not exist in users.csv
        likes.csv    | 2,3,2,                     | 2,4,2,                     | 3 | post_id 4 does not exist in posts.csv
        users.csv    | "Smalltalk, objects"       | "Smalltalk, objects        | 3 | a quoted field is never closed
        """)
    void aBrokenFileStopsTheLoadNamingFileLineAndProblem(String file, String from, String to, long line,
                                                        String problem) throws IOException, SQLException {
        replace(file, from, to);

        DataLoadException error = assertThrows(DataLoadException.class,
                () -> BlogDataLoader.loadCsv(database, folder, LoadProgress.NONE));

        assertEquals(file, error.file());
        assertEquals(line, error.line(), error.getMessage());
        assertTrue(error.problem().contains(problem), error.getMessage());
        assertEquals(List.of(0L, 0L, 0L, 0L), rowCounts(), "nothing of the failed load stays");
    }

    @Test
    void aBodyOfTwoMegabytesIsRefusedWithFileLineColumnAndLimit() throws IOException, SQLException {
        replace(BlogCsv.POSTS, "Body two", "x".repeat(2 * 1024 * 1024));

        DataLoadException error = assertThrows(DataLoadException.class,
                () -> BlogDataLoader.loadCsv(database, folder, LoadProgress.NONE));

        assertEquals(String.format(Locale.ROOT, "posts.csv line 5: body has 2,097,152 characters, at most %,d allowed",
                maxLength("posts", "body")), error.getMessage());
        assertEquals(List.of(0L, 0L, 0L, 0L), rowCounts(), "nothing of the failed load stays");
    }

    /** Every text column is checked, at exactly the size the schema gives it. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        users.csv    | name  | Alan Kay | 3
        users.csv    | bio   | First programmer | 2
        posts.csv    | title | Third    | 6
        posts.csv    | slug  | second   | 5
        comments.csv | body  | Thanks   | 3
        """)
    void aValueFitsUpToItsColumnsSizeAndNotOneCharacterMore(String file, String column, String value, long line)
            throws IOException, SQLException {
        int max = maxLength(file.replace(".csv", ""), column);
        replace(file, value, "y".repeat(max + 1));

        DataLoadException error = assertThrows(DataLoadException.class,
                () -> BlogDataLoader.loadCsv(database, folder, LoadProgress.NONE));
        assertEquals(file, error.file());
        assertEquals(line, error.line(), error.getMessage());
        assertEquals(String.format(Locale.ROOT, "%s has %,d characters, at most %,d allowed", column, max + 1, max),
                error.problem());

        replace(file, "y".repeat(max + 1), "y".repeat(max));
        assertEquals(3, BlogDataLoader.loadCsv(database, folder, LoadProgress.NONE).posts());
    }

    /** H2 would store it, PostgreSQL refuses it without a line: a data set must load the same on both. */
    @Test
    void aNulCharacterInAFieldIsRefusedWithFileLineAndColumn() throws IOException, SQLException {
        replace(BlogCsv.COMMENTS, "Thanks", "Tha\u0000nks");

        DataLoadException error = assertThrows(DataLoadException.class,
                () -> BlogDataLoader.loadCsv(database, folder, LoadProgress.NONE));

        assertEquals("comments.csv line 3: body has a NUL character (U+0000) at character 4, which PostgreSQL "
                + "cannot store: remove it", error.getMessage());
        assertEquals(List.of(0L, 0L, 0L, 0L), rowCounts(), "nothing of the failed load stays");
    }

    @Test
    void anEmptyFileIsNamed() throws IOException {
        write(BlogCsv.LIKES, "");

        DataLoadException error = assertThrows(DataLoadException.class,
                () -> BlogDataLoader.loadCsv(database, folder, LoadProgress.NONE));

        assertEquals("likes.csv: file is empty: expected the header id,post_id,user_id,created_at",
                error.getMessage());
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Files.delete(folder.resolve(BlogCsv.COMMENTS));

        DataLoadException error = assertThrows(DataLoadException.class,
                () -> BlogDataLoader.loadCsv(database, folder, LoadProgress.NONE));

        assertEquals(BlogCsv.COMMENTS, error.file());
        assertTrue(error.problem().startsWith("file is missing"), error.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws IOException, SQLException {
        byte[] latin1 = USERS.replace("Alan Kay", "Alan K\u00e4y").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve(BlogCsv.USERS), latin1);

        DataLoadException error = assertThrows(DataLoadException.class,
                () -> BlogDataLoader.loadCsv(database, folder, LoadProgress.NONE));

        assertEquals("users.csv line 3: not valid UTF-8 text (save the file as UTF-8)", error.getMessage());
        assertEquals(List.of(0L, 0L, 0L, 0L), rowCounts());
    }

    @Test
    void anInterruptedLoadIsCancelledAndLeavesNothingBehind() throws SQLException {
        Thread.currentThread().interrupt(); // what the window's Cancel does to the loading thread
        try {
            assertThrows(java.util.concurrent.CancellationException.class,
                    () -> BlogDataLoader.generate(database, 1, 3_000, LoadProgress.NONE));
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of(0L, 0L, 0L, 0L), rowCounts());

        LoadReport report = BlogDataLoader.loadCsv(database, folder, LoadProgress.NONE);
        assertEquals(3, report.posts(), "the same database loads fine afterwards");
    }

    /** What the database says the column holds: the test takes the schema's word, as the loader does. */
    private int maxLength(String table, String column) throws SQLException {
        return Integer.parseInt(queryString("select character_maximum_length from information_schema.columns "
                + "where table_name = '" + table.toUpperCase(Locale.ROOT) + "' and column_name = '"
                + column.toUpperCase(Locale.ROOT) + "'"));
    }

    private List<Long> rowCounts() throws SQLException {
        return List.of(count("posts"), count("users"), count("comments"), count("likes"));
    }

    private long count(String table) throws SQLException {
        return Long.parseLong(queryString("select count(*) from " + table));
    }

    private String queryString(String sql) throws SQLException {
        try (Connection connection = database.rawDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
