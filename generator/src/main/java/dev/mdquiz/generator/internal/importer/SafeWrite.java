package dev.mdquiz.generator.internal.importer;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes new files only: through a temporary file beside the target, moved into place only if nothing is there. */
final class SafeWrite {
    private SafeWrite() {
    }

    /** Whether the deepest folder of {@code path} that exists is, with symbolic links resolved, inside {@code root}. */
    static boolean staysInside(Path root, Path path) {
        try {
            Path existing = path.getParent();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || !Files.exists(root)) {
                return existing == null || existing.startsWith(root) || root.startsWith(existing);
            }
            Path realRoot = root.toRealPath();
            Path real = existing.toRealPath();
            // a folder above the source folder that exists yet (the source folder itself is still to be made)
            return real.startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes {@code content} to {@code target}, which must not exist; a reader never sees half a file. */
    static void createNew(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".mdquiz-tmp");
        try {
            Files.write(temporary, content);
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
}
