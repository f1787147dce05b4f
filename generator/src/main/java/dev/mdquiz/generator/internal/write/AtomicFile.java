package dev.mdquiz.generator.internal.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see the old content or the new, never a mix: the bytes go to a temporary file
 * beside the target, which is then moved over it.
 */
public final class AtomicFile {
    /** Temporary files end so, and start with a dot; a later build removes any that a killed build left. */
    static final String TEMPORARY_SUFFIX = ".mdquiz-tmp";

    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path temporary = stage(target, content);
        try {
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes {@code content} to {@code target}, which must not exist: fails (with {@link FileAlreadyExistsException}
     * where the file system tells) when it does, rather than replace it.
     */
    public static void createNew(Path target, byte[] content) throws IOException {
        Path temporary = stage(target, content);
        try {
            try {
                Files.createLink(target, temporary); // atomic, and fails when the target exists
            } catch (UnsupportedOperationException | IOException e) {
                if (e instanceof FileAlreadyExistsException) {
                    throw e;
                }
                Files.move(temporary, target); // without REPLACE_EXISTING: fails when the target exists
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes {@code content} to a new temporary file beside {@code target}, to be moved over it later. */
    static Path stage(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", TEMPORARY_SUFFIX);
        try {
            Files.write(temporary, content);
            if (Files.getFileAttributeView(temporary, PosixFileAttributeView.class) != null) {
                // temporary files are private to their owner; a published file must be readable by a web server
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            return temporary;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
