package dev.ormplayground.cli;

import static dev.ormplayground.cli.CliRun.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.ormplayground.challenge.ChallengeProgress;
import dev.ormplayground.challenge.workspace.WorkspaceBuild;
import dev.ormplayground.play.UserLevelStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code challenge workspace DIR}: the folder a learner opens in their own IDE. */
class ChallengeWorkspaceCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void noProgressYet() throws IOException {
        // the data folder is the build's (the pom's ormplayground.data.dir), never the home folder's
        Files.deleteIfExists(UserLevelStore.dataFolder().resolve(ChallengeProgress.FILE));
    }

    @Test
    void itWritesTheOpenChallengesStarterWhichCompilesAsThePomSays() throws Exception {
        Path workspace = folder.resolve("levels");

        CliRun.Outcome outcome = execute("challenge", "workspace", workspace.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("wrote the workspace " + workspace,
                "src/main/java/my/levels/MyNPlusOne.java  new: challenge n-plus-one",
                "Open " + workspace + " in your IDE as a Maven project", "mvn -o compile",
                "challenge check n-plus-one --level-file " + workspace.resolve("src/main/java/my/levels/MyNPlusOne.java"));
        assertThat(sources(workspace)).containsExactly("MyNPlusOne.java");
        assertThat(workspace.resolve(".gitignore")).hasContent("target/");
        assertThat(WorkspaceBuild.compile(workspace, WorkspaceBuild.classPath(workspace),
                Files.createDirectory(folder.resolve("out")))).isEmpty();
    }

    @Test
    void allWritesEveryChallengeAndAgainKeepsTheLearnersEdit() throws IOException {
        Path workspace = folder.resolve("levels");
        execute("challenge", "workspace", workspace.toString());
        Path mine = workspace.resolve("src/main/java/my/levels/MyNPlusOne.java");
        Files.writeString(mine, "// mine\n" + Files.readString(mine));
        String edited = Files.readString(mine);

        CliRun.Outcome outcome = execute("challenge", "workspace", "--all", workspace.toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(mine).hasContent(edited);
        assertThat(outcome.out()).contains("src/main/java/my/levels/MyNPlusOne.java  kept as you left it: challenge n-plus-one",
                "8 starters added, 1 kept: a file of yours is never replaced.");
        assertThat(sources(workspace)).hasSize(9).contains("MyTwoBags.java", "MyUseTheIndex.java", "MyEvictOnWrite.java");
    }

    @Test
    void aFileForDirIsBadInput() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");

        CliRun.Outcome outcome = execute("challenge", "workspace", file.toString());

        assertThat(outcome.exitCode()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(outcome.err()).startsWith("error: DIR: " + file + " is a file, not a folder");
        assertThat(file).hasContent("mine");
    }

    @Test
    void aFolderThatCannotBeMadeIsBadInput() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.txt"), "mine");

        CliRun.Outcome outcome = execute("challenge", "workspace", file.resolve("levels").toString());

        assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(PlaygroundCommand.BAD_INPUT);
        assertThat(outcome.err()).startsWith("error: DIR: cannot write the workspace in " + file.resolve("levels"));
    }

    @Test
    void aFolderThatCannotBeWrittenIsBadInput() throws IOException {
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        assumeFalse(!readOnly.toFile().setWritable(false) || Files.isWritable(readOnly),
                "this user (root?) may write in a read-only folder");
        try {
            CliRun.Outcome outcome = execute("challenge", "workspace", readOnly.toString());
            assertThat(outcome.exitCode()).isEqualTo(PlaygroundCommand.BAD_INPUT);
            assertThat(outcome.err()).startsWith("error: DIR: " + readOnly + " is not writable");
        } finally {
            readOnly.toFile().setWritable(true);
        }
    }

    private static java.util.List<String> sources(Path workspace) throws IOException {
        try (Stream<Path> files = Files.walk(workspace.resolve("src"))) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
