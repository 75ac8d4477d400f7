package dev.ormplayground.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.data.DataLoadException;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.load.BlogDataLoader;
import dev.ormplayground.db.DataFingerprint;
import dev.ormplayground.db.Database;
import dev.ormplayground.db.DatabaseChoice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that COPY's format would misread arrives in PostgreSQL as it was in the CSV file, as it does
 * in H2; text PostgreSQL cannot store is refused as H2 refuses it, with its file and line.
 */
class CopyPostgresTest {

    private static final String TRICKY = "tab\there, back\\slash, \\. and \\N, a \"quote\", Grüße 🙂\r\nnext line\nlast";

    private static DatabaseChoice server;

    @TempDir
    Path folder;

    @BeforeEach
    void server() {
        server = PostgresServer.choice();
    }

    @Test
    void trickyTextSurvivesTheCopy() throws IOException, SQLException {
        String quoted = "\"" + TRICKY.replace("\"", "\"\"") + "\"";
        write("users.csv", "id,name,email,avatar_url,bio\n1,Ada,ada@example.com,https://a.example/1.png," + quoted + "\n");
        write("posts.csv", "id,author_id,title,slug,excerpt,body,status,created_at\n"
                + "1,1,\"Title\\,\",title-1,Excerpt," + quoted + ",published,2026-03-01T09:30:00\n");
        write("comments.csv", "id,post_id,user_id,body,created_at\n1,1,1," + quoted + ",2026-03-01T10:00:00\n");
        write("likes.csv", "id,post_id,user_id,created_at\n1,1,1,2026-03-01T11:00:00\n");
        try (Database pg = Database.open(server, new StatementCapture());
             Database h2 = Database.createInMemory(new StatementCapture())) {
            BlogDataLoader.loadCsv(pg, folder, LoadProgress.NONE);
            BlogDataLoader.loadCsv(h2, folder, LoadProgress.NONE);
            assertEquals(body(h2), body(pg));
            assertTrue(body(pg).contains("tab\there, back\\slash, \\. and \\N"), body(pg));
            assertEquals("Title\\,", string(pg, "select title from posts"));
            assertEquals(DataFingerprint.of(h2.rawDataSource()), DataFingerprint.of(pg.rawDataSource()));
        }
    }

    @Test
    void aNulCharacterIsRefusedWithItsFileAndLineAsOnH2AndNothingIsCopied() throws IOException, SQLException {
        write("users.csv", "id,name,email,avatar_url,bio\n1,Ada,ada@example.com,https://a.example/1.png,Bio\n");
        write("posts.csv", "id,author_id,title,slug,excerpt,body,status,created_at\n"
                + "1,1,Title,title-1,Excerpt,Body,published,2026-03-01T09:30:00\n");
        write("comments.csv", "id,post_id,user_id,body,created_at\n1,1,1,Fine,2026-03-01T10:00:00\n"
                + "2,1,1,\"Not\u0000 fine\",2026-03-01T10:05:00\n");
        write("likes.csv", "id,post_id,user_id,created_at\n1,1,1,2026-03-01T11:00:00\n");
        try (Database pg = Database.open(server, new StatementCapture());
             Database h2 = Database.createInMemory(new StatementCapture())) {
            DataLoadException onPostgres = assertThrows(DataLoadException.class,
                    () -> BlogDataLoader.loadCsv(pg, folder, LoadProgress.NONE));
            DataLoadException onH2 = assertThrows(DataLoadException.class,
                    () -> BlogDataLoader.loadCsv(h2, folder, LoadProgress.NONE));

            assertEquals("comments.csv line 3: body has a NUL character (U+0000) at character 4, which PostgreSQL "
                    + "cannot store: remove it", onPostgres.getMessage());
            assertEquals(onH2.getMessage(), onPostgres.getMessage());
            for (String table : new String[] {"users", "posts", "comments", "likes"}) {
                assertEquals("0", string(pg, "select count(*) from " + table), table + ": nothing stays");
            }
        }
    }

    private static String body(Database database) throws SQLException {
        return string(database, "select body from comments");
    }

    private static String string(Database database, String query) throws SQLException {
        try (Connection c = database.rawDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
    }
}
