package dev.ormplayground.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.LevelCompiler;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every challenge the program ships can be passed and is not passed yet: its reference solution
 * passes every condition on both data sets, and its starter, compiled as the learner gets it,
 * fails at least one.
 */
class ShippedChallengesTest {

    @RegisterExtension
    static final SharedChecker shared = new SharedChecker();

    static Stream<Challenge> shipped() {
        return Challenges.load(List.of()).all().stream();
    }

    static Level compiled(Challenge challenge, Challenge.Code code, String className) {
        String source = ChallengeCode.source(challenge, code, Ladder.standard(), className);
        return LevelCompiler.level(className + ".java", source, "a test's", LevelCompiler.USER_LEVEL_NUMBER);
    }

    @Test
    void theProgramShipsNineChallengesWithTheFixedIdsFirst() {
        List<String> ids = shipped().map(Challenge::id).toList();
        assertEquals(9, ids.size(), ids.toString());
        assertTrue(ids.containsAll(List.of("n-plus-one", "one-round-trip", "article-bug", "use-the-index", "evict-on-write")),
                ids.toString());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void theReferenceSolutionPasses(Challenge challenge) {
        Checklist checklist = shared.checker().check(challenge, compiled(challenge, challenge.solution(), "MySolution"));
        System.out.println(challenge.id() + " solution:\n  " + String.join("\n  ", checklist.lines().stream().map(Object::toString).toList()));
        assertTrue(checklist.passed(), challenge.id() + ": " + checklist.failed());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void theStarterFails(Challenge challenge) {
        Checklist checklist = shared.checker().check(challenge, compiled(challenge, challenge.starter(), ChallengeCode.defaultClassName(challenge)));
        System.out.println(challenge.id() + " starter:\n  " + String.join("\n  ", checklist.lines().stream().map(Object::toString).toList()));
        assertFalse(checklist.passed(), challenge.id() + "'s starter passes as it is: " + checklist.lines());
        if (challenge.starter().from() != null) {
            // The marked place is a comment and nothing else: the starter fails exactly as the level it copies.
            Checklist original = shared.checker().check(challenge, Ladder.standard().byId(challenge.starter().from()));
            assertEquals(original.lines().stream().map(CheckLine::passed).toList(),
                    checklist.lines().stream().map(CheckLine::passed).toList(), checklist.lines().toString());
        }
    }
}
