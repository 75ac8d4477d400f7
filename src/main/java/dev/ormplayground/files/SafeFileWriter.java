package dev.ormplayground.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that it is either complete or not there: the bytes go to a temporary file in
 * the same folder, which is then renamed over the target. A crash, a full disk or an error
 * half-way leaves the previous file untouched.
 */
public final class SafeFileWriter {

    /** What to do when the target already exists. */
    public enum IfExists { REPLACE, REFUSE }

    /** Writes the content to an output stream; may throw. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFileWriter() {
    }

    public static void write(Path target, IfExists ifExists, Content content) {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new FileWriteException("Cannot write " + target.getFileName() + ": the folder " + folder
                    + " does not exist");
        }
        if (ifExists == IfExists.REFUSE && Files.exists(target)) {
            throw new FileWriteException(target + " already exists; choose another name or allow replacing it");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            readableByAll(temporary);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            move(temporary, target, ifExists);
        } catch (AccessDeniedException e) {
            throw new FileWriteException("Cannot write to " + folder + ": permission denied", e);
        } catch (FileAlreadyExistsException e) {
            throw new FileWriteException(target + " already exists; choose another name or allow replacing it", e);
        } catch (IOException e) {
            throw new FileWriteException("Could not write " + target + ": " + reason(e), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void move(Path temporary, Path target, IfExists ifExists) throws IOException {
        if (ifExists == IfExists.REFUSE) {
            // Without REPLACE_EXISTING the move fails if the file appeared meanwhile.
            Files.move(temporary, target);
            return;
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on odd file systems: fall back to a plain rename.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Temporary files are private (0600); an exported picture is meant to be shared. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.contains("No space left") ? "the disk is full" : message;
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a leftover .part file is harmless and clearly named
            }
        }
    }
}
