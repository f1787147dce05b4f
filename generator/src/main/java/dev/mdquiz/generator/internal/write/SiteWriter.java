package dev.mdquiz.generator.internal.write;

import dev.mdquiz.generator.OutputDirectoryException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;

/**
 * Write stage: puts rendered files in place. Each file goes to a temporary name beside its target and is then
 * moved over it, so a reader never sees a half-written page. Files whose content is unchanged are not touched.
 */
public final class SiteWriter {
    private final Path outputDirectory;

    public SiteWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    /** @return how many files were created or changed */
    public int write(Map<String, byte[]> files) throws OutputDirectoryException {
        int written = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (writeIfChanged(outputDirectory.resolve(file.getKey()), file.getValue())) {
                written++;
            }
        }
        return written;
    }

    private boolean writeIfChanged(Path target, byte[] content) throws OutputDirectoryException {
        try {
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && Arrays.equals(Files.readAllBytes(target), content)) {
                return false;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temporary, content);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return true;
        } catch (IOException e) {
            throw new OutputDirectoryException(outputDirectory, "cannot write " + target
                    + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
