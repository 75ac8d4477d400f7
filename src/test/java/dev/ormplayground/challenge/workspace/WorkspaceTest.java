package dev.ormplayground.challenge.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.ChallengeChecker;
import dev.ormplayground.challenge.ChallengeCode;
import dev.ormplayground.challenge.Challenges;
import dev.ormplayground.challenge.Checklist;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.LevelCompiler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace a learner's IDE opens: it compiles as its pom says, keeps the learner's files, and checks. */
class WorkspaceTest {

    private static final Challenges CHALLENGES = Challenges.load(List.of());
    private static final Ladder LADDER = Ladder.standard();

    @TempDir
    Path folder;

    @Test
    void everyStarterCompilesAgainstExactlyTheClassPathThePomDeclares() throws Exception {
        Workspace.Written written = Workspace.write(folder, CHALLENGES.all(), LADDER, LevelLibraries.ofThisProgram(),
                "orm-playground");

        List<Path> classPath = WorkspaceBuild.classPath(folder);
        assertThat(classPath).allSatisfy(jar -> assertThat(jar).isRegularFile());
        assertThat(classPath).first().isEqualTo(folder.resolve("lib").resolve(Workspace.API_JAR));
        assertThat(written.added()).hasSize(CHALLENGES.all().size());
        assertThat(folder.resolve("src/main/java/my/levels/MyNPlusOne.java")).isRegularFile();
        assertThat(WorkspaceBuild.compile(folder, classPath, Files.createDirectory(folder.resolve("out")))).isEmpty();
        assertThat(folder.resolve("out/my/levels/MyOneRoundTrip.class")).isRegularFile();
    }

    @Test
    void withoutHibernatesJarTheStartersWouldNotCompile() throws Exception {
        Workspace.write(folder, List.of(CHALLENGES.byId("n-plus-one")), LADDER, LevelLibraries.ofThisProgram(), "orm-playground");
        List<Path> classPath = new ArrayList<>(WorkspaceBuild.classPath(folder));

        classPath.removeIf(jar -> jar.getFileName().toString().startsWith("hibernate-core"));

        assertThat(WorkspaceBuild.compile(folder, classPath, Files.createDirectory(folder.resolve("out"))))
                .contains("package org.hibernate does not exist");
    }

    @Test
    void theLevelApiJarIsMadeFromAProgramThatIsAJarAsFromItsClassesFolder() throws Exception {
        LevelLibraries running = LevelLibraries.ofThisProgram();
        assumeTrue(Files.isDirectory(running.program()), "the tests run from the build's classes folder");
        Path programJar = jarOf(running.program(), folder.resolve("orm-playground.jar"));
        Path workspace = folder.resolve("from-a-jar");

        Workspace.write(workspace, List.of(CHALLENGES.byId("n-plus-one")), LADDER,
                new LevelLibraries(programJar, running.libraries()), "orm-playground");

        try (JarFile api = new JarFile(workspace.resolve("lib").resolve(Workspace.API_JAR).toFile())) {
            List<String> names = api.stream().map(JarEntry::getName).toList();
            assertThat(names).contains("dev/ormplayground/levels/FeedLevel.class", "dev/ormplayground/domain/Post.class")
                    .allMatch(name -> name.startsWith("META-INF/") || name.startsWith("dev/ormplayground/levels/")
                            || name.startsWith("dev/ormplayground/domain/"));
        }
        assertThat(WorkspaceBuild.compile(workspace, WorkspaceBuild.classPath(workspace),
                Files.createDirectory(folder.resolve("out")))).isEmpty();
    }

    @Test
    void writtenAgainItKeepsAnEditedStarterAndAddsOnlyTheNewOnes() throws IOException {
        Workspace.write(folder, List.of(CHALLENGES.byId("n-plus-one")), LADDER, LevelLibraries.ofThisProgram(), "orm-playground");
        Path mine = folder.resolve("src/main/java/my/levels/MyNPlusOne.java");
        String edited = Files.readString(mine).replace("public class MyNPlusOne", "// my edit\npublic class MyNPlusOne");
        Files.writeString(mine, edited);

        Workspace.Written again = Workspace.write(folder, List.of(CHALLENGES.byId("n-plus-one"), CHALLENGES.byId("two-bags")),
                LADDER, LevelLibraries.ofThisProgram(), "orm-playground");

        assertThat(mine).hasContent(edited);
        assertThat(again.kept()).extracting(Workspace.Starter::className).containsExactly("MyNPlusOne");
        assertThat(again.added()).extracting(Workspace.Starter::className).containsExactly("MyTwoBags");
        assertThat(folder.resolve("src/main/java/my/levels/MyTwoBags.java")).isRegularFile();
        assertThat(folder.resolve("README.md")).content()
                .contains("orm-playground challenge check two-bags --level-file src/main/java/my/levels/MyTwoBags.java");
    }

    @Test
    void theSolutionTypedIntoTheWorkspacesStarterPassesTheCheck() throws IOException {
        Challenge challenge = CHALLENGES.byId("n-plus-one");
        Workspace.write(folder, List.of(challenge), LADDER, LevelLibraries.ofThisProgram(), "orm-playground");
        Path mine = folder.resolve("src/main/java/my/levels/MyNPlusOne.java");
        Files.writeString(mine, ChallengeCode.source(challenge, challenge.solution(), LADDER, "MyNPlusOne"));

        Level level = LevelCompiler.level(mine);
        Checklist checklist;
        try (ChallengeChecker checker = new ChallengeChecker()) {
            checklist = checker.check(challenge, level);
        }

        assertThat(checklist.passed()).as(checklist.summary()).isTrue();
    }

    @Test
    void mavenCompilesTheWorkspaceOffline() throws Exception {
        Path maven = WorkspaceBuild.mavenOnPath();
        assumeTrue(maven != null, "Maven (mvn) is not on the PATH");
        Workspace.write(folder, List.of(CHALLENGES.byId("n-plus-one")), LADDER, LevelLibraries.ofThisProgram(), "orm-playground");

        String[] outcome = WorkspaceBuild.mavenCompile(maven, folder);

        assertThat(outcome[0]).as(outcome[1]).isEqualTo("0");
        assertThat(folder.resolve("target/classes/my/levels/MyNPlusOne.class")).isRegularFile();
    }

    /** The classes folder as the program's jar, as an app image holds it. */
    private static Path jarOf(Path classes, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> all = Files.walk(classes)) {
            for (Path path : all.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        }
        return jar;
    }
}
