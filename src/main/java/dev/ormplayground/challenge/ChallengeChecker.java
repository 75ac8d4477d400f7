package dev.ormplayground.challenge;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.format.Words;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.play.CompileProblem;
import dev.ormplayground.play.UserCode;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.plan.PageQuery;
import dev.ormplayground.run.plan.PlanSummary;
import dev.ormplayground.run.plan.SqlColumns;
import dev.ormplayground.run.RunResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a learner's level against a challenge: runs it as every level the user writes is run
 * (read-only, or, for a level that says it writes, with its write rolled back after each run), on
 * the sample data at page 20 and on the challenge's hidden generated data set at another page size,
 * and judges each condition with its figure. A level that types the page in, caches across runs or
 * is right only at page 20 fails there. Opens the data sets it needs once and keeps them until closed.
 */
public final class ChallengeChecker implements AutoCloseable {

    public static final int SAMPLE_PAGE = 20;
    private static final Pattern NATIVE_SQL = Pattern.compile(
            "\\b(createNativeQuery|createNativeMutationQuery|doWork|doReturningWork|prepareStatement|createStatement)\\b");

    private final Playground sample;
    private final boolean ownsSample;
    private final Map<Challenge.HiddenData, Playground> hidden = new HashMap<>();

    /** A checker with data sets of its own: the sample data, and each hidden data set when first asked for. */
    public ChallengeChecker() {
        this(Playground.open(DataSetSpec.sample(), LoadProgress.NONE), true);
    }

    /** A checker that runs on {@code sample} (not closed by it), e.g. the window's active data set. */
    public ChallengeChecker(Playground sample) {
        this(sample, false);
    }

    private ChallengeChecker(Playground sample, boolean ownsSample) {
        this.sample = sample;
        this.ownsSample = ownsSample;
    }

    /** The checklist of {@code level} for {@code challenge}; every condition is judged, none stops the others. */
    public Checklist check(Challenge challenge, Level level) {
        return check(challenge, level, CheckProgress.NONE);
    }

    /** As {@link #check(Challenge, Level)}, telling {@code progress} where it is and each line as it is judged. */
    public Checklist check(Challenge challenge, Level level, CheckProgress progress) {
        List<CheckLine> lines = new ReportedLines(progress);
        Conditions conditions = challenge.conditions();
        Challenge.HiddenData data = challenge.hidden();
        String onSample = "sample data, page " + SAMPLE_PAGE;
        progress.running(onSample);
        onDataSet(lines, challenge, level, sample, SAMPLE_PAGE, onSample, conditions.rowsRead(), true, progress);
        String onHidden = String.format(Locale.ROOT, "hidden data: %,d posts, page %d", data.posts(), data.page());
        progress.loading(String.format(Locale.ROOT, "the hidden data set of %,d posts", data.posts()));
        Playground hiddenSet = hidden(data);
        progress.running(onHidden);
        onDataSet(lines, challenge, level, hiddenSet, data.page(), onHidden, conditions.rowsReadHidden(), false, progress);
        if (conditions.forbid().contains(Conditions.NATIVE_SQL)) {
            lines.add(noNativeSql(level));
        }
        return new Checklist(challenge, lines);
    }

    /** The HQL of {@code source}'s query strings checked against the mapping, before anything runs: problems at their lines. */
    public List<CompileProblem> hqlProblems(String fileName, String source) {
        return sample.checkHql(fileName, source);
    }

    /** Whether the challenge is about the page query's plan: a check then sets the plans side by side. */
    public static boolean aboutThePlan(Challenge challenge) {
        return challenge.conditions().pageQueryUsesIndex() || challenge.conditions().pageQueryRowsScanned() != null;
    }

    /** The checklist's lines, each told to the progress as it is added. */
    private static final class ReportedLines extends ArrayList<CheckLine> {

        private final transient CheckProgress progress;

        ReportedLines(CheckProgress progress) {
            this.progress = progress;
        }

        @Override
        public boolean add(CheckLine line) {
            progress.judged(line);
            return super.add(line);
        }
    }

    private void onDataSet(List<CheckLine> lines, Challenge challenge, Level level, Playground data, int page, String where,
                           Integer rowsBudget, boolean twice, CheckProgress progress) {
        RunResult run;
        try {
            run = data.runWithLines(level, page);
        } catch (RuntimeException failed) {
            lines.add(new CheckLine("runs on the " + where + ": " + LevelFailure.describe(failed, level), false));
            return;
        }
        progress.ran(where, run);
        lines.add(new CheckLine("same feed as naive (" + where + ")" + (run.correct() ? "" : ": " + run.difference()),
                run.correct()));
        Conditions conditions = challenge.conditions();
        if (conditions.statements() != null) {
            lines.add(atMost("statements", run.queries(), conditions.statements(), where));
        }
        if (rowsBudget != null) {
            lines.add(atMost("rows read", run.rowsRead(), rowsBudget, where));
        }
        if (conditions.pageQueryUsesIndex() || conditions.pageQueryRowsScanned() != null) {
            planLines(lines, conditions, data, level, run, where);
        }
        if (!conditions.columnsNotRead().isEmpty()) {
            lines.add(columnsNotRead(conditions.columnsNotRead(), run, where));
        }
        if (conditions.samePageQueryAs() != null) {
            lines.add(samePageQuery(challenge, conditions.samePageQueryAs(), data, page, run, where));
        }
        if (twice || conditions.warmStatements() != null) {
            WarmRun after = WarmRun.of(data, level, page); // one run after the first serves both lines
            if (conditions.warmStatements() != null) {
                after.lines(level, conditions.warmStatements(), where).forEach(lines::add); // each told to the progress
            }
            if (twice) {
                int again = after.statements();
                lines.add(new CheckLine("reads the database on every run: the run after sent "
                        + Words.count(again, "statement", "statements") + " (" + where + ")", again > 0));
            }
        }
    }

    static CheckLine atMost(String what, long figure, long budget, String where) {
        return new CheckLine(String.format(Locale.ROOT, "%s %,d, at most %,d (%s)", what, figure, budget, where),
                figure <= budget);
    }

    private static void planLines(List<CheckLine> lines, Conditions conditions, Playground data, Level level, RunResult run,
                                  String where) {
        Optional<CapturedStatement> pageQuery = PageQuery.of(run);
        if (pageQuery.isEmpty()) {
            lines.add(new CheckLine("a statement reads the page of posts (" + where + ")", false));
            return;
        }
        PlanSummary plan = PlanSummary.of(data.plan(level, pageQuery.get()));
        if (conditions.pageQueryUsesIndex()) {
            boolean indexed = !plan.scansTables() && !plan.indexes().isEmpty();
            lines.add(new CheckLine("the page query " + (indexed ? "uses the index " + String.join(", ", plan.indexes())
                    : plan.scansTables() ? "reads every row of " + String.join(", ", plan.tableScans()) : "uses no index")
                    + " (" + where + ")", indexed));
        }
        if (conditions.pageQueryRowsScanned() != null) {
            lines.add(atMost("rows the page query scanned", plan.rowsScanned(), conditions.pageQueryRowsScanned(), where));
        }
    }

    private static CheckLine columnsNotRead(List<String> unwanted, RunResult run, String where) {
        Set<String> read = new LinkedHashSet<>();
        run.statements().forEach(statement -> read.addAll(SqlColumns.of(statement.sql())));
        List<String> found = unwanted.stream().filter(read::contains).toList();
        return found.isEmpty()
                ? new CheckLine("never reads " + String.join(", ", unwanted) + " (" + where + ")", true)
                : new CheckLine("reads " + String.join(", ", found) + ", which the feed does not show (" + where + ")", false);
    }

    private CheckLine samePageQuery(Challenge challenge, String levelId, Playground data, int page, RunResult run, String where) {
        Level reference = ChallengeCode.level(challenge, levelId, data.ladder());
        Optional<String> theirs = PageQuery.of(data.measure(reference, page)).map(CapturedStatement::sql);
        Optional<String> ours = PageQuery.of(run).map(CapturedStatement::sql);
        boolean same = theirs.isPresent() && theirs.equals(ours);
        return new CheckLine("reads the page of posts with " + levelId + "'s own statement" + (same ? ""
                : ", not with " + ours.map(sql -> "'" + shorten(sql) + "'").orElse("none")) + " (" + where + ")", same);
    }

    private static CheckLine noNativeSql(Level level) {
        String source = UserCode.source(level).orElseGet(() -> LevelSource.of(level));
        List<String> lines = source.lines().toList();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (NATIVE_SQL.matcher(lines.get(i)).find()) {
                found.add(i + 1);
            }
        }
        return found.isEmpty() ? new CheckLine("no SQL typed in: Hibernate writes every statement", true)
                : new CheckLine("SQL typed in at line " + found.get(0) + (found.size() > 1 ? " and " + (found.size() - 1)
                + " more" : "") + ": this challenge wants Hibernate to write every statement", false);
    }

    /**
     * The plans of {@code mine}'s page query and {@code reference}'s on the challenge's hidden data
     * set, where the plan matters (the plan challenges give it its size).
     */
    public PagePlans pagePlans(Challenge challenge, Level mine, Level reference) {
        Challenge.HiddenData data = challenge.hidden();
        return PagePlans.of(hidden(data), data.page(), mine, "your page query", reference, "the solution's");
    }

    private Playground hidden(Challenge.HiddenData data) {
        return hidden.computeIfAbsent(data, spec ->
                Playground.open(new DataSetSpec(null, spec.posts(), spec.seed()), LoadProgress.NONE));
    }

    private static String shorten(String sql) {
        return sql.length() > 80 ? sql.substring(0, 80) + "…" : sql;
    }

    @Override
    public void close() {
        hidden.values().forEach(Playground::close);
        hidden.clear();
        if (ownsSample) {
            sample.close();
        }
    }
}
