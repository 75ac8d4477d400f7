package dev.ormplayground.challenge.isolated;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.ChallengeChecker;
import dev.ormplayground.challenge.ChallengeCode;
import dev.ormplayground.challenge.CheckLine;
import dev.ormplayground.challenge.CheckProgress;
import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.CompileProblem;
import dev.ormplayground.play.LevelCompileException;
import dev.ormplayground.play.LevelCompiler;
import dev.ormplayground.run.RunResult;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The check's JVM: reads its {@link CheckRequest} on the input, reports {@link CheckEvent}s on
 * the output it holds for itself (the level's own prints go to the error stream), and ends the
 * JVM when it is done, whatever threads the level left.
 */
public final class CheckWorker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream events;

    private CheckWorker(PrintStream events) {
        this.events = events;
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        PrintStream events = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        CheckRequest request = JSON.readValue(System.in, CheckRequest.class);
        new CheckWorker(events).check(request);
        events.flush();
        Runtime.getRuntime().halt(0); // threads the level left running end with the JVM
    }

    private void check(CheckRequest request) {
        Challenge challenge = request.challenge();
        Level level;
        try {
            level = LevelCompiler.level(request.fileName(), request.source(), "your answer to " + challenge.id(),
                    LevelCompiler.USER_LEVEL_NUMBER);
        } catch (LevelCompileException e) {
            e.located().forEach(this::problem);
            done(request);
            return;
        }
        send(CheckEvent.of(CheckEvent.LOADING, "the sample data"));
        try (ChallengeChecker checker = new ChallengeChecker()) {
            List<CompileProblem> hql = checker.hqlProblems(request.fileName(), request.source());
            if (!hql.isEmpty()) {
                hql.forEach(this::problem);
                done(request);
                return;
            }
            Set<Thread> before = LeftThreads.now();
            try {
                checker.check(challenge, level, progress());
                LeftThreads.since(before).ifPresent(this::failed);
                if (request.plans() && ChallengeChecker.aboutThePlan(challenge)) {
                    plans(checker.pagePlans(challenge, level, solution(challenge)));
                }
            } catch (OutOfMemoryError e) {
                failed(ProcessFate.OUT_OF_MEMORY + " (the check's heap is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                        + " MB)");
            } catch (StackOverflowError e) {
                failed("your level's calls went too deep (a StackOverflowError): a method that calls itself with no end");
            } catch (RuntimeException e) {
                failed("the check stopped: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
        done(request);
    }

    private CheckProgress progress() {
        return new CheckProgress() {
            @Override
            public void loading(String what) {
                send(CheckEvent.of(CheckEvent.LOADING, what));
            }

            @Override
            public void running(String where) {
                send(CheckEvent.of(CheckEvent.RUNNING, where));
            }

            @Override
            public void ran(String where, RunResult run) {
                send(new CheckEvent(CheckEvent.RAN, where, null, null, null, null, CheckedRun.of(where, run)));
            }

            @Override
            public void judged(CheckLine line) {
                send(new CheckEvent(CheckEvent.LINE, line.text(), line.passed(), null, null, null, null));
            }
        };
    }

    /** The challenge's reference solution, compiled here: the plan pair's right side. */
    private static Level solution(Challenge challenge) {
        String name = "Solution" + ChallengeCode.defaultClassName(challenge).substring("My".length());
        return LevelCompiler.level(name + ".java", ChallengeCode.source(challenge, challenge.solution(), Ladder.standard(), name),
                "the solution of " + challenge.id(), LevelCompiler.USER_LEVEL_NUMBER);
    }

    private void problem(CompileProblem problem) {
        send(new CheckEvent(CheckEvent.PROBLEM, problem.message(), false, problem.line(), problem.fileName(), null, null));
    }

    private void plans(PagePlans plans) {
        send(new CheckEvent(CheckEvent.PLANS, plans.leftTitle() + "\n" + plans.leftPlan(), null, null,
                plans.rightTitle() + "\n" + plans.rightPlan(), null, null));
    }

    private void failed(String sentence) {
        send(new CheckEvent(CheckEvent.LINE, sentence, false, null, null, null, null));
    }

    private void done(CheckRequest request) {
        send(new CheckEvent(CheckEvent.DONE, null, null, null, null, request.nonce(), null));
    }

    private void send(CheckEvent event) {
        try {
            events.println(JSON.writeValueAsString(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
