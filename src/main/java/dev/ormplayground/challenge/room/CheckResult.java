package dev.ormplayground.challenge.room;

import dev.ormplayground.challenge.CheckLine;
import dev.ormplayground.challenge.Checklist;
import dev.ormplayground.run.ProgramVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One check of a challenge, as a room collects it: who checked, which challenge, passed or not,
 * each condition with its figure, when, with which program, and a fingerprint of the level's
 * source (so two tries of the same code can be told from two different ones, without the code).
 *
 * @param learner        who checked, e.g. the system's user name ({@link CheckResults#defaultLearner()})
 * @param challenge      the challenge's id, e.g. {@code n-plus-one}
 * @param passed         whether every condition held
 * @param conditions     each condition: its text with its figure, and whether it held
 * @param when           when the check was made
 * @param programVersion the version of the program that checked, e.g. {@code 0.1.0-SNAPSHOT}
 * @param sourceSha256   the SHA-256 of the level's source text (UTF-8), 64 lower-case hex digits
 */
public record CheckResult(String learner, String challenge, boolean passed, List<CheckLine> conditions, Instant when,
                          String programVersion, String sourceSha256) {

    public CheckResult {
        learner = required(learner, "learner");
        challenge = required(challenge, "challenge");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(when, "when");
        programVersion = required(programVersion, "programVersion");
        sourceSha256 = required(sourceSha256, "sourceSha256").toLowerCase(Locale.ROOT);
        if (!sourceSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sourceSha256 must be 64 hex digits, got " + sourceSha256);
        }
    }

    /** The result of {@code checklist}, checked by {@code learner} at {@code when} on the level whose source is {@code source}. */
    public static CheckResult of(String learner, Checklist checklist, String source, Instant when) {
        return new CheckResult(learner, checklist.challenge().id(), checklist.passed(), checklist.lines(), when,
                ProgramVersion.current(), sha256(source));
    }

    /** The hex SHA-256 of {@code text} in UTF-8. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * What makes two results the same check, read from two files (a hand-in file and the results
     * folder it was made from): learner, challenge, time and source.
     */
    public Key key() {
        return new Key(learner, challenge, when, sourceSha256);
    }

    /** The identity of a check: {@link #key()}. */
    public record Key(String learner, String challenge, Instant when, String sourceSha256) {
    }

    private static String required(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value.strip();
    }
}
