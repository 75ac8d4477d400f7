package dev.ormplayground.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a level may declare as its indexes: {@code create index} on the blog's tables, and nothing else. */
class IndexDeclarationTest {

    @Test
    void createIndexOnTheBlogsTablesIsAccepted() {
        List<String> declared = List.of("create index idx_posts_status_created on posts (status, created_at desc)",
                "CREATE INDEX idx_comments_post ON comments(post_id)", "  create index idx_likes on likes ( post_id asc , user_id )  ");
        assertEquals(declared, IndexDeclaration.checked("MyFeed", declared));
        assertEquals(List.of(), IndexDeclaration.checked("MyFeed", null));
    }

    @Test
    void anythingElseIsRefusedWithTheStatementAndWhatIsAllowed() {
        for (String refused : List.of("drop table users", "create unique index u on users (email)",
                "create index i on posts (status); drop table users", "create table t (id int)",
                "create index i on posts (lower(title))", "create index i on posts (status) where status = 'x'",
                "create index i on information_schema.tables (table_name)", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> IndexDeclaration.checked("MyFeed", List.of("create index ok on posts (id)", refused)), refused);
            assertTrue(e.getMessage().startsWith("MyFeed's indexes() may hold only 'create index NAME on TABLE (COLUMN, ...)'"
                    + " statements on comments, likes, posts, users, one each: refused '"), e.getMessage());
        }
    }

    @Test
    void anIndexOnAnotherTableSaysWhichTablesAreTheBlogs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IndexDeclaration.checked("MyFeed", List.of("create index i on orders (id)")));
        assertEquals("MyFeed's indexes(): 'create index i on orders (id)' is on orders, which is not one of the blog's"
                + " tables (comments, likes, posts, users)", e.getMessage());
    }
}
