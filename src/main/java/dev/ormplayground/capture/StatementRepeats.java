package dev.ormplayground.capture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which of a run's statements repeat, in django-debug-toolbar's terms (its PR #995): statements
 * of the same prepared SQL are <em>similar</em>, the signature of an N+1; similar statements that
 * also bound the same values are <em>duplicates</em>, the same question asked twice. As there, a
 * duplicate is always similar too, and each kind is counted in statements, not in groups.
 *
 * @param similar      for each statement in run order, how many statements share its SQL (itself
 *                     included), or 0 when it is the only one: DDT's {@code similar_count}
 * @param duplicates   for each statement, how many share its SQL and its values, or 0 when none
 *                     other does: DDT's {@code duplicate_count}
 * @param similarShapes how many SQL texts ran more than once
 * @param duplicateSets how many (SQL, values) pairs ran more than once
 * @param variedShapes  how many SQL texts ran with two values or more: similar statements that are
 *                      not all duplicates, the ones a join or a batch would fold into one
 */
public record StatementRepeats(List<Integer> similar, List<Integer> duplicates, int similarShapes,
                               int duplicateSets, int variedShapes) {

    /** What a similar statement is, in a few words. */
    public static final String SIMILAR_MEANS = "same SQL, other values: an N+1";
    /** How to be rid of similar statements, in one line. */
    public static final String SIMILAR_FIX = "fetch them in one query, with a join fetch or a batch";
    /** What a duplicate statement is, in a few words. */
    public static final String DUPLICATE_MEANS = "same SQL, same values: asked twice";
    /** How to be rid of duplicates, in one line. */
    public static final String DUPLICATE_FIX = "ask once, or let a cache answer";

    public StatementRepeats {
        similar = List.copyOf(similar);
        duplicates = List.copyOf(duplicates);
    }

    /**
     * Classifies a run's statements. The values are compared as p6spy wrote them into
     * {@code sqlWithValues}: the same SQL with the same text there bound the same values.
     */
    public static StatementRepeats of(List<CapturedStatement> statements) {
        Map<String, Integer> bySql = new HashMap<>();
        Map<List<String>, Integer> bySqlAndValues = new HashMap<>();
        for (CapturedStatement statement : statements) {
            bySql.merge(statement.sql(), 1, Integer::sum);
            bySqlAndValues.merge(key(statement), 1, Integer::sum);
        }
        List<Integer> similar = new ArrayList<>(statements.size());
        List<Integer> duplicates = new ArrayList<>(statements.size());
        for (CapturedStatement statement : statements) {
            similar.add(repeated(bySql.get(statement.sql())));
            duplicates.add(repeated(bySqlAndValues.get(key(statement))));
        }
        Map<String, Integer> valuesBySql = new HashMap<>();
        bySqlAndValues.keySet().forEach(key -> valuesBySql.merge(key.get(0), 1, Integer::sum));
        return new StatementRepeats(similar, duplicates,
                (int) bySql.values().stream().filter(n -> n > 1).count(),
                (int) bySqlAndValues.values().stream().filter(n -> n > 1).count(),
                (int) valuesBySql.values().stream().filter(n -> n > 1).count());
    }

    private static List<String> key(CapturedStatement statement) {
        return List.of(statement.sql(), statement.sqlWithValues());
    }

    private static int repeated(int count) {
        return count > 1 ? count : 0;
    }

    /** How many statements were classified. */
    public int statements() {
        return similar.size();
    }

    /** How many statements share their SQL with another: DDT's similar count of the run. */
    public int similarStatements() {
        return (int) similar.stream().filter(n -> n > 0).count();
    }

    /** How many statements share their SQL and values with another: DDT's duplicate count of the run. */
    public int duplicateStatements() {
        return (int) duplicates.stream().filter(n -> n > 0).count();
    }

    /**
     * The run's counts in one sentence, the same in every face: "52 of 53 statements are similar
     * (in 3 shapes), 0 are duplicates"; duplicates say how many questions were asked again. Neither
     * count can be 1: a repeat takes two.
     */
    public String summary() {
        String similarPart = String.format(Locale.ROOT, "%d of %s %s similar", similarStatements(),
                plural(statements(), "statement", "statements"), statements() == 1 ? "is" : "are");
        if (similarShapes > 0) {
            similarPart += " (in " + plural(similarShapes, "shape", "shapes") + ")";
        }
        String duplicatePart = duplicateStatements() + " are duplicates";
        if (duplicateSets > 0) {
            duplicatePart += " (" + plural(duplicateSets, "question", "questions") + " asked again)";
        }
        return similarPart + ", " + duplicatePart;
    }

    /**
     * The fix of similar statements in one line ("Similar (same SQL, other values: an N+1): fetch
     * them in one query, ..."), when some are not all duplicates of each other: a join has
     * nothing to fold in statements that only ask one question again.
     */
    public Optional<String> similarFix() {
        return variedShapes == 0 ? Optional.empty()
                : Optional.of("Similar (" + SIMILAR_MEANS + "): " + SIMILAR_FIX + ".");
    }

    /** The fix of duplicates in one line, when there are some. */
    public Optional<String> duplicateFix() {
        return duplicateSets == 0 ? Optional.empty()
                : Optional.of("Duplicates (" + DUPLICATE_MEANS + "): " + DUPLICATE_FIX + ".");
    }

    /** The fix of each kind the run has, similar first; none when nothing repeats. */
    public List<String> fixes() {
        return Stream.of(similarFix(), duplicateFix()).flatMap(Optional::stream).toList();
    }

    /** The counts and their fixes on one line, for a terminal. */
    public String line() {
        return summary() + "." + fixes().stream().map(fix -> " " + fix).reduce("", String::concat);
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
