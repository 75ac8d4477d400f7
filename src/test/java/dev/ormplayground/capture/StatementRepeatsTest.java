package dev.ormplayground.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Similar and duplicate statements as django-debug-toolbar counts them, on hand-made runs. */
class StatementRepeatsTest {

    private static final String COMMENTS = "select c where p=?";
    private static final String USER = "select u where id=?";

    @Test
    void theSameSqlWithOtherValuesIsSimilarButNoDuplicate() {
        StatementRepeats repeats = StatementRepeats.of(List.of(
                statement(COMMENTS, "select c where p=1"),
                statement(COMMENTS, "select c where p=2"),
                statement(COMMENTS, "select c where p=3")));

        assertThat(repeats.similar()).containsExactly(3, 3, 3);
        assertThat(repeats.duplicates()).containsExactly(0, 0, 0);
        assertThat(repeats.similarStatements()).isEqualTo(3);
        assertThat(repeats.duplicateStatements()).isZero();
        assertThat(repeats.summary()).isEqualTo("3 of 3 statements are similar (in 1 shape), 0 are duplicates");
        assertThat(repeats.fixes()).singleElement().asString()
                .startsWith("Similar (").contains(StatementRepeats.SIMILAR_FIX);
    }

    @Test
    void theSameSqlWithTheSameValuesIsADuplicateAndSimilarToo() {
        StatementRepeats repeats = StatementRepeats.of(List.of(
                statement(USER, "select u where id=7"),
                statement(USER, "select u where id=7")));

        assertThat(repeats.similar()).containsExactly(2, 2);
        assertThat(repeats.duplicates()).containsExactly(2, 2);
        assertThat(repeats.summary())
                .isEqualTo("2 of 2 statements are similar (in 1 shape), 2 are duplicates (1 question asked again)");
        assertThat(repeats.variedShapes()).isZero();
        assertThat(repeats.fixes()).as("a join has nothing to fold: the duplicates' fix alone")
                .singleElement().asString().startsWith("Duplicates (").contains(StatementRepeats.DUPLICATE_FIX);
    }

    @Test
    void statementsThatRanOnceAreNeither() {
        StatementRepeats repeats = StatementRepeats.of(List.of(
                statement("select page", "select page"),
                statement(COMMENTS, "select c where p=1"),
                statement(USER, "select u where id=1")));

        assertThat(repeats.similar()).containsOnly(0);
        assertThat(repeats.duplicates()).containsOnly(0);
        assertThat(repeats.similarShapes()).isZero();
        assertThat(repeats.summary()).isEqualTo("0 of 3 statements are similar, 0 are duplicates");
        assertThat(repeats.fixes()).isEmpty();
        assertThat(repeats.line()).isEqualTo("0 of 3 statements are similar, 0 are duplicates.");
    }

    @Test
    void aMixedRunCountsEachStatementByItsOwnGroups() {
        StatementRepeats repeats = StatementRepeats.of(List.of(
                statement("select page", "select page"),
                statement(COMMENTS, "select c where p=1"),
                statement(USER, "select u where id=1"),
                statement(COMMENTS, "select c where p=2"),
                statement(USER, "select u where id=1"),
                statement(COMMENTS, "select c where p=1"),
                statement(USER, "select u where id=2")));

        assertThat(repeats.similar()).containsExactly(0, 3, 3, 3, 3, 3, 3);
        assertThat(repeats.duplicates()).containsExactly(0, 2, 2, 0, 2, 2, 0);
        assertThat(repeats.similarStatements()).isEqualTo(6);
        assertThat(repeats.similarShapes()).isEqualTo(2);
        assertThat(repeats.duplicateStatements()).isEqualTo(4);
        assertThat(repeats.duplicateSets()).isEqualTo(2);
        assertThat(repeats.variedShapes()).isEqualTo(2);
        assertThat(repeats.line()).isEqualTo("6 of 7 statements are similar (in 2 shapes),"
                + " 4 are duplicates (2 questions asked again)."
                + " Similar (" + StatementRepeats.SIMILAR_MEANS + "): " + StatementRepeats.SIMILAR_FIX + "."
                + " Duplicates (" + StatementRepeats.DUPLICATE_MEANS + "): " + StatementRepeats.DUPLICATE_FIX + ".");
    }

    @Test
    void aStatementWithoutParametersRunTwiceIsADuplicate() {
        StatementRepeats repeats = StatementRepeats.of(List.of(
                statement("select page", "select page"),
                statement("select page", "select page")));

        assertThat(repeats.duplicates()).containsExactly(2, 2);
    }

    @Test
    void noStatementsIsNoRepeat() {
        StatementRepeats repeats = StatementRepeats.of(List.of());

        assertThat(repeats.summary()).isEqualTo("0 of 0 statements are similar, 0 are duplicates");
        assertThat(repeats.fixes()).isEmpty();
    }

    private static CapturedStatement statement(String sql, String withValues) {
        return new CapturedStatement(sql, withValues, 1_000, 1);
    }
}
