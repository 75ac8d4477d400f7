package dev.ormplayground.challenge;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One checker, with its data sets, for all the tests of a class, opened before the first and
 * closed after the last: {@code @RegisterExtension static final SharedChecker shared = new SharedChecker();}.
 */
final class SharedChecker implements BeforeAllCallback, AfterAllCallback {

    private ChallengeChecker checker;

    @Override
    public void beforeAll(ExtensionContext context) {
        checker = new ChallengeChecker();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        checker.close();
    }

    ChallengeChecker checker() {
        return checker;
    }
}
