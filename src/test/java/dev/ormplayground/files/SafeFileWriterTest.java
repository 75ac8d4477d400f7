package dev.ormplayground.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.ormplayground.files.SafeFileWriter.IfExists;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileWriterTest {

    @TempDir
    Path folder;

    private static SafeFileWriter.Content text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        SafeFileWriter.write(folder.resolve("a.txt"), IfExists.REFUSE, text("hello"));

        assertEquals("hello", Files.readString(folder.resolve("a.txt")));
        assertEquals(List.of("a.txt"), files());
    }

    @Test
    void aFailureHalfWayLeavesThePreviousFileAsItWas() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "good");

        FileWriteException error = assertThrows(FileWriteException.class, () ->
                SafeFileWriter.write(folder.resolve("a.txt"), IfExists.REPLACE, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }));

        assertTrue(error.getMessage().endsWith("the disk is full"), error.getMessage());
        assertEquals("good", Files.readString(folder.resolve("a.txt")));
        assertEquals(List.of("a.txt"), files());
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAllowed() throws IOException {
        Files.writeString(folder.resolve("a.txt"), "old");

        FileWriteException refused = assertThrows(FileWriteException.class,
                () -> SafeFileWriter.write(folder.resolve("a.txt"), IfExists.REFUSE, text("new")));
        assertTrue(refused.getMessage().contains("already exists"), refused.getMessage());
        assertEquals("old", Files.readString(folder.resolve("a.txt")));

        SafeFileWriter.write(folder.resolve("a.txt"), IfExists.REPLACE, text("new"));
        assertEquals("new", Files.readString(folder.resolve("a.txt")));
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = folder.resolve("no-such-folder").resolve("a.txt");

        FileWriteException error = assertThrows(FileWriteException.class,
                () -> SafeFileWriter.write(target, IfExists.REPLACE, text("x")));

        assertEquals("Cannot write a.txt: the folder " + target.getParent() + " does not exist", error.getMessage());
    }

    @Test
    void aReadOnlyFolderGivesPermissionDenied() throws IOException {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root: permissions do not apply");

            FileWriteException error = assertThrows(FileWriteException.class,
                    () -> SafeFileWriter.write(locked.resolve("a.txt"), IfExists.REPLACE, text("x")));

            assertEquals("Cannot write to " + locked + ": permission denied", error.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
