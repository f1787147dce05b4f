package dev.mdquiz.generator;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link QuizImporter} reads and where it writes.
 *
 * @param file            the GIFT, Aiken or Moodle XML file
 * @param format          its format; empty: told by the file's extension and content
 * @param sourceDirectory where the banks go (the generator's source folder)
 * @param displayRoot     diagnostics and the result show paths relative to this
 */
public record ImportConfig(Path file, Optional<ImportFormat> format, Path sourceDirectory, Path displayRoot) {
    public ImportConfig {
        file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        format = Objects.requireNonNull(format, "format");
        sourceDirectory = Objects.requireNonNull(sourceDirectory, "sourceDirectory").toAbsolutePath().normalize();
        displayRoot = Objects.requireNonNull(displayRoot, "displayRoot").toAbsolutePath().normalize();
    }

    /** Reads {@code file} in the format its name and content tell, paths shown relative to the working folder. */
    public static ImportConfig of(Path file, Path sourceDirectory) {
        return new ImportConfig(file, Optional.empty(), sourceDirectory, Path.of(""));
    }
}
