package dev.ormplayground.challenge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The challenges in their order: the program's own (listed in {@code challenges.txt} beside
 * them), then those of the folders given, each folder's {@code *.yaml} files by name.
 */
public final class Challenges {

    private static final String SHIPPED = "/dev/ormplayground/challenges/";

    private final List<Challenge> all;

    private Challenges(List<Challenge> all) {
        this.all = List.copyOf(all);
    }

    /** The program's challenges, then those of {@code folders} (a folder that does not exist adds none). */
    public static Challenges load(List<Path> folders) {
        List<Challenge> all = new ArrayList<>(shipped());
        for (Path folder : folders) {
            all.addAll(inFolder(folder));
        }
        Map<String, Challenge> byId = new HashMap<>();
        for (Challenge challenge : all) {
            if (byId.putIfAbsent(challenge.id(), challenge) != null) {
                throw new IllegalArgumentException("two challenges have the id '" + challenge.id()
                        + "': give one of them another id");
            }
        }
        return new Challenges(all);
    }

    public List<Challenge> all() {
        return all;
    }

    public Challenge byId(String id) {
        return all.stream().filter(challenge -> challenge.id().equals(id)).findFirst().orElseThrow(() ->
                new NoSuchElementException("Unknown challenge '" + id + "'; the challenges are: " + ids()));
    }

    public String ids() {
        return String.join(", ", all.stream().map(Challenge::id).toList());
    }

    private static List<Challenge> shipped() {
        List<Challenge> challenges = new ArrayList<>();
        for (String file : resource("challenges.txt").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList()) {
            challenges.add(ChallengeFile.read(file, resource(file)));
        }
        return challenges;
    }

    private static List<Challenge> inFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Challenge> challenges = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                challenges.add(ChallengeFile.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return challenges;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the challenges in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Challenges.class.getResourceAsStream(SHIPPED + name)) {
            if (in == null) {
                throw new IllegalStateException("The program's challenge " + name + " is missing: the jar is damaged");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the program's challenge " + name, e);
        }
    }
}
