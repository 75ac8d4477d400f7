package dev.ormplayground.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An instructor's challenge file: read as written, and a mistake named with its file and key. */
class ChallengeFileTest {

    private static final String VALID = """
            id: my-first
            title: A title
            goal: A goal.
            why: Why it matters.
            starter: {from: naive}
            hints: [one, two]
            conditions:
              statements: 3
              rows-read: {sample: 320, hidden: 200}
              columns-not-read: [posts.body]
              forbid: [native-sql]
            hidden: {posts: 500, page: 7}
            solution: {from: fetch-join}
            """;

    @Test
    void aValidFileGivesEveryField() {
        Challenge challenge = ChallengeFile.read("my-first.yaml", VALID);

        assertEquals("my-first", challenge.id());
        assertEquals(List.of("one", "two"), challenge.hints());
        assertEquals(new Conditions(3, 320, 200, false, null, List.of("posts.body"), null, List.of("native-sql"), null),
                challenge.conditions());
        assertEquals(new Challenge.HiddenData(500, Challenge.HiddenData.DEFAULT.seed(), 7), challenge.hidden());
        assertEquals("naive", challenge.starter().from());
    }

    @Test
    void eachMistakeIsNamedWithTheFileTheKeyAndWhatIsAllowed() {
        assertProblem("my-first.yaml: unknown key 'conditions.statement' (known here: columns-not-read, forbid,"
                + " page-query-rows-scanned, page-query-uses-index, rows-read, same-page-query-as, statements, warm-statements)",
                VALID.replace("statements: 3", "statement: 3"));
        assertProblem("my-first.yaml: conditions.statements must be a whole number from 1 to 10000; got 'three'",
                VALID.replace("statements: 3", "statements: three"));
        assertProblem("my-first.yaml: hidden.page must be a whole number from 1 to 500; got '0'", VALID.replace("page: 7", "page: 0"));
        assertProblem("my-first.yaml: needs 'goal'", VALID.replace("goal: A goal.\n", ""));
        assertProblem("my-first.yaml: starter needs exactly one of 'from' (a level's id) and 'code' (a level's source)",
                VALID.replace("starter: {from: naive}", "starter: {mark: x, note: y}"));
        assertProblem("my-first.yaml: conditions.forbid may hold native-sql; got 'caching'", VALID.replace("[native-sql]", "[caching]"));
        assertProblem("my-first.yaml: hints must be a list of at least one hint", VALID.replace("hints: [one, two]", "hints: []"));
        assertProblem("my-first.yaml: id must be lower case words joined by '-', e.g. n-plus-one; got 'My First'",
                VALID.replace("id: my-first", "id: My First"));
    }

    @Test
    void aWarmRunsBudgetIsReadAndKeptInItsRange() {
        Challenge warm = ChallengeFile.read("my-first.yaml", VALID.replace("statements: 3", "warm-statements: 4"));

        assertThat(warm.conditions().warmStatements()).isEqualTo(4);
        assertThat(warm.conditions().statements()).isNull();
        assertThat(ChallengeFile.read("my-first.yaml", VALID).conditions().warmStatements()).isNull();
        assertThatThrownBy(() -> ChallengeFile.read("my-first.yaml", VALID.replace("statements: 3", "warm-statements: 0")))
                .hasMessage("my-first.yaml: conditions.warm-statements must be a whole number from 1 to 10000; got '0'");
    }

    private static void assertProblem(String expected, String text) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> ChallengeFile.read("my-first.yaml", text))
                .getMessage());
    }
}
