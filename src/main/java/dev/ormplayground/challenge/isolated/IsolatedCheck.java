package dev.ormplayground.challenge.isolated;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.CheckLine;
import dev.ormplayground.challenge.CheckProgress;
import dev.ormplayground.challenge.Checklist;
import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.play.CompileProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A check of a learner's level in a JVM of its own ({@link CheckWorker}), judged from what that
 * process reports: the learner's level may loop, end the JVM, run out of memory or leave threads
 * running, and the check still ends with a checklist that says so, and with the process gone.
 * One object per check; {@link #cancel()} from any thread.
 */
public final class IsolatedCheck {

    /** How a check ended: a checklist, source that does not compile, or cancelled. */
    public sealed interface Outcome permits Checked, DoesNotCompile, Cancelled {
    }

    /**
     * The checklist; the level's first run on each data set it finished on; and the page query's
     * plan beside the solution's when asked for and the challenge is about it (else null).
     */
    public record Checked(Checklist checklist, List<CheckedRun> runs, PagePlans plans) implements Outcome {
    }

    /** The source's problems at their lines: a compile error, or HQL the mapping does not know. */
    public record DoesNotCompile(List<CompileProblem> problems) implements Outcome {
    }

    public record Cancelled() implements Outcome {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** After its last event the JVM halts at once; a JVM that does not is ended after this. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(5);

    private final Challenge challenge;
    private final String fileName;
    private final String source;
    private final CheckLimits limits;
    private final boolean plans;
    private final WorkerEvents events = new WorkerEvents();
    private volatile boolean cancelled;

    /** {@code fileName} is the learner's file, e.g. {@code MyNPlusOne.java}; its class is the file's name. */
    public IsolatedCheck(Challenge challenge, String fileName, String source, CheckLimits limits, boolean plans) {
        this.challenge = challenge;
        this.fileName = fileName;
        this.source = source;
        this.limits = limits;
        this.plans = plans;
    }

    /** Ends the check: its JVM is ended and {@link #run} returns {@link Cancelled}. */
    public void cancel() {
        cancelled = true;
        events.wake();
    }

    /** Runs the check and waits for it; tells {@code progress} each step and each condition as they come. */
    public Outcome run(CheckProgress progress) throws IOException, InterruptedException {
        String nonce = UUID.randomUUID().toString();
        Process process = WorkerCommand.start(limits, challenge.hidden().posts());
        try {
            events.read(process);
            try (OutputStream in = process.getOutputStream()) {
                in.write(JSON.writeValueAsBytes(new CheckRequest(challenge, fileName, source, plans, nonce)));
            } catch (IOException ended) {
                // the JVM ended before it read its input: what it printed says why
            }
            return follow(process, nonce, progress);
        } finally {
            WorkerCommand.end(process);
        }
    }

    private Outcome follow(Process process, String nonce, CheckProgress progress) throws InterruptedException {
        List<CheckLine> lines = new ArrayList<>();
        List<CompileProblem> problems = new ArrayList<>();
        List<CheckedRun> runs = new ArrayList<>();
        PagePlans pair = null;
        String doing = "the check's JVM";
        boolean levelRuns = false;
        Duration limit = limits.sample();
        int dataSets = 0;
        long deadline = System.nanoTime() + CheckLimits.OPENING.toNanos();
        while (true) {
            CheckEvent event = events.next(deadline - System.nanoTime());
            if (cancelled) {
                return new Cancelled();
            }
            if (event == WorkerEvents.TIMED_OUT) {
                lines.add(new CheckLine(levelRuns ? ProcessFate.timedOut(doing, limit)
                        : ProcessFate.openingTimedOut(doing, CheckLimits.OPENING), false));
                return new Checked(new Checklist(challenge, lines), runs, null);
            }
            if (event == WorkerEvents.ENDED) {
                lines.add(new CheckLine(ended(process, doing, levelRuns), false));
                return new Checked(new Checklist(challenge, lines), runs, null);
            }
            switch (event.type()) {
                case CheckEvent.LOADING -> {
                    doing = event.text();
                    levelRuns = false;
                    progress.loading(event.text());
                    deadline = System.nanoTime() + CheckLimits.OPENING.toNanos();
                }
                case CheckEvent.RUNNING -> {
                    doing = event.text();
                    limit = dataSets++ == 0 ? limits.sample() : limits.hidden(); // the sample data first, then the hidden
                    levelRuns = true;
                    progress.running(event.text());
                    deadline = System.nanoTime() + limit.toNanos();
                }
                case CheckEvent.LINE -> {
                    CheckLine line = new CheckLine(event.text(), Boolean.TRUE.equals(event.passed()));
                    lines.add(line);
                    progress.judged(line);
                }
                case CheckEvent.PROBLEM -> problems.add(new CompileProblem(event.other(), event.lineNumber(), 0, event.text()));
                case CheckEvent.PLANS -> pair = plans(event);
                case CheckEvent.RAN -> runs.add(event.run());
                case CheckEvent.DONE -> {
                    if (!nonce.equals(event.nonce())) {
                        continue; // not the check's own last event: something the level printed
                    }
                    process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                    return problems.isEmpty() ? new Checked(new Checklist(challenge, lines), runs, pair) : new DoesNotCompile(problems);
                }
                default -> {
                    // an event of a later version: nothing to judge by
                }
            }
        }
    }

    private String ended(Process process, String doing, boolean levelRuns) throws InterruptedException {
        process.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        int status = process.isAlive() ? -1 : process.exitValue();
        String said = events.errorTail();
        boolean outOfMemory = said.contains("OutOfMemoryError");
        if (!levelRuns && !outOfMemory) {
            return ProcessFate.endedBeforeLevel(status, lastLine(said));
        }
        return ProcessFate.ended(status, doing, outOfMemory, limits.memoryMegabytes());
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static PagePlans plans(CheckEvent event) {
        String[] left = event.text().split("\n", 2);
        String[] right = event.other().split("\n", 2);
        return new PagePlans(left[0], left.length > 1 ? left[1] : "", right[0], right.length > 1 ? right[1] : "");
    }
}
