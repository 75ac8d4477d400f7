package dev.ormplayground.challenge;

import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.play.LevelCopy;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The source of a challenge's starter or solution, as a class of the learner's ({@code my.levels}). */
public final class ChallengeCode {

    private static final Pattern CLASS = Pattern.compile("\\bclass\\s+(\\w+)");
    private static final int NOTE_WIDTH = 90;
    private static final Pattern NOTE = Pattern.compile("//\\s*CHALLENGE\\s+([a-z0-9-]+):");

    private ChallengeCode() {
    }

    /** {@code code} as the class {@code className}: a level's code copied, its place to change marked, or the code given. */
    public static String source(Challenge challenge, Challenge.Code code, Ladder ladder, String className) {
        String original;
        String text;
        if (code.from() != null) {
            Level level = level(challenge, code.from(), ladder);
            original = level.feed().getClass().getSimpleName();
            text = LevelSource.of(level);
        } else {
            Matcher declared = CLASS.matcher(code.code());
            if (!declared.find()) {
                throw new IllegalArgumentException(challenge.id() + ": its code declares no class");
            }
            original = declared.group(1);
            text = code.code();
        }
        if (code.replace() != null) {
            if (!text.contains(code.replace())) {
                throw new IllegalArgumentException(challenge.id() + ": its code holds no '" + code.replace().strip()
                        + "' to replace");
            }
            text = text.replaceFirst(Pattern.quote(code.replace()), Matcher.quoteReplacement(code.with()));
        }
        String copy = LevelCopy.of(original, text, className);
        return code.mark() == null ? copy : marked(challenge, copy, code.mark(), code.note());
    }

    /** The level a challenge's code comes from; an {@link IllegalArgumentException} when the ladder has none of that id. */
    static Level level(Challenge challenge, String id, Ladder ladder) {
        try {
            return ladder.byId(id);
        } catch (NoSuchElementException e) {
            throw new IllegalArgumentException(challenge.id() + ": no level '" + id + "' to take the code from. "
                    + e.getMessage(), e);
        }
    }

    /** The class name a challenge's starter gets by default: {@code n-plus-one} gives {@code MyNPlusOne}. */
    public static String defaultClassName(Challenge challenge) {
        StringBuilder name = new StringBuilder("My");
        for (String word : challenge.id().split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /**
     * The challenge a learner's file answers: the one whose starter class it is named as
     * ({@code MyNPlusOne.java}), else the one its starter's note names ({@code // CHALLENGE n-plus-one: ...}).
     */
    public static Optional<Challenge> answeredBy(List<Challenge> all, String fileName, String source) {
        String className = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - ".java".length()) : fileName;
        Optional<Challenge> named = all.stream().filter(challenge -> defaultClassName(challenge).equals(className)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        Matcher note = NOTE.matcher(source);
        while (note.find()) {
            String id = note.group(1);
            Optional<Challenge> noted = all.stream().filter(challenge -> challenge.id().equals(id)).findFirst();
            if (noted.isPresent()) {
                return noted;
            }
        }
        return Optional.empty();
    }

    /** {@code source} with the note, as comment lines, above the first line holding {@code mark}. */
    private static String marked(Challenge challenge, String source, String mark, String note) {
        List<String> lines = new ArrayList<>(source.lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(mark)) {
                String indent = lines.get(i).substring(0, lines.get(i).length() - lines.get(i).stripLeading().length());
                lines.addAll(i, comment(indent, "CHALLENGE " + challenge.id() + ": " + note));
                return String.join("\n", lines) + "\n";
            }
        }
        throw new IllegalArgumentException(challenge.id() + ": its starter has no line holding '" + mark + "' to mark");
    }

    private static List<String> comment(String indent, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > NOTE_WIDTH) {
                lines.add(indent + "// " + line);
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(indent + "// " + line);
        return lines;
    }
}
