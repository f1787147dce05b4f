package dev.mdquiz.generator.internal.site;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.internal.key.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One hash of everything a build reads: every file under the source folder (hidden ones and linked images
 * included) and the theme folder, the settings and the {@link SitePlan#fingerprint() theme and generator}. Equal hashes mean an
 * equal site, so a rebuild with an unchanged hash has nothing to do.
 */
public final class BuildInputs {
    private BuildInputs() {
    }

    /** Empty when the source folder cannot be read whole; the build then runs and reports why. */
    public static Optional<String> hash(GeneratorConfig config, String siteFingerprint) {
        StringBuilder inputs = new StringBuilder(String.join("\n", siteFingerprint,
                String.valueOf(config.sourceDirectory()), String.valueOf(config.outputDirectory()),
                String.valueOf(config.displayRoot()), String.valueOf(config.answerKeyDirectory()),
                String.valueOf(config.resources()), String.valueOf(config.failOnWarning()))).append('\n');
        try {
            appendTree(inputs, config.sourceDirectory());
            // the theme fingerprint covers the folder's own files; templates may also include ones in subfolders
            if (config.themeDirectory() != null && Files.isDirectory(config.themeDirectory())) {
                appendTree(inputs.append("theme\n"), config.themeDirectory());
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.of(Sha256.hex(inputs.toString()));
    }

    private static void appendTree(StringBuilder inputs, Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                inputs.append(folder.relativize(file).toString().replace('\\', '/')).append('\n')
                        .append(Sha256.hex(Files.readAllBytes(file))).append('\n');
            }
        }
    }
}
