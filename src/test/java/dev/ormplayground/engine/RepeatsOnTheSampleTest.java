package dev.ormplayground.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.capture.StatementRepeats;
import dev.ormplayground.run.RunResult;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The similar and duplicate statements of levels run on the sample data, page of 20. */
class RepeatsOnTheSampleTest {

    @RegisterExtension
    static final SamplePlayground sample = new SamplePlayground();

    @Test
    void naivesStatementsAreAllSimilarButThePageQueryAndNoneIsADuplicate() {
        RunResult run = run("naive");
        StatementRepeats repeats = StatementRepeats.of(run.statements());

        assertThat(repeats.statements()).isEqualTo(53);
        assertThat(repeats.similarStatements()).isEqualTo(52);
        assertThat(repeats.similarShapes()).isEqualTo(3);
        // The session loads each user once, as an author or as a commenter: no question is asked twice.
        assertThat(repeats.duplicateStatements()).isZero();
        assertThat(repeats.similar().get(0)).as("the page query ran once").isZero();
        assertThat(similarOf(run, repeats, "from comments")).containsOnly(20);
        assertThat(similarOf(run, repeats, "from likes")).containsOnly(20);
        assertThat(similarOf(run, repeats, "from users")).containsOnly(12);
        assertThat(repeats.summary()).isEqualTo("52 of 53 statements are similar (in 3 shapes), 0 are duplicates");
    }

    @Test
    void fetchJoinsThreeQueriesAreNeither() {
        StatementRepeats repeats = StatementRepeats.of(run("fetch-join").statements());

        assertThat(repeats.statements()).isEqualTo(3);
        assertThat(repeats.similarStatements()).isZero();
        assertThat(repeats.duplicateStatements()).isZero();
    }

    private static RunResult run(String level) {
        Playground playground = sample.playground();
        return playground.runWithLines(playground.ladder().byId(level), 20);
    }

    /** The similar counts of the statements whose SQL reads {@code fragment}. */
    private static List<Integer> similarOf(RunResult run, StatementRepeats repeats, String fragment) {
        List<CapturedStatement> statements = run.statements();
        return IntStream.range(0, statements.size())
                .filter(i -> statements.get(i).sql().contains(fragment))
                .mapToObj(repeats.similar()::get)
                .toList();
    }
}
