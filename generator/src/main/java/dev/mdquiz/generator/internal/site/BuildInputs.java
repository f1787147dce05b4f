package dev.mdquiz.generator.internal.site;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.internal.key.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One hash of everything a build reads: every file under the source folder (hidden ones included) and the theme
 * folder, the settings and the {@link SitePlan#fingerprint() theme and generator}. Equal hashes mean an equal
 * site, so a rebuild with an unchanged hash has nothing to do. Like the build itself, it reads nothing outside
 * the source folder (a linked file that leads out is left out, linked folders are not followed) and nothing of
 * the generator's own cache, and it streams each file rather than holding it.
 */
public final class BuildInputs {
    private BuildInputs() {
    }

    /** Empty when the source folder cannot be read whole; the build then runs and reports why. */
    public static Optional<String> hash(GeneratorConfig config, String siteFingerprint) {
        StringBuilder inputs = new StringBuilder(String.join("\n", siteFingerprint,
                String.valueOf(config.sourceDirectory()), String.valueOf(config.outputDirectory()),
                String.valueOf(config.displayRoot()), String.valueOf(config.answerKeyDirectory()),
                String.valueOf(config.buildDirectory()), String.valueOf(config.resources()),
                String.valueOf(config.failOnWarning()))).append('\n');
        try {
            appendSources(inputs, config);
            // the theme fingerprint covers the folder's own files; templates may also include ones in subfolders
            if (config.themeDirectory() != null && Files.isDirectory(config.themeDirectory())) {
                appendTree(inputs.append("theme\n"), config.themeDirectory());
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.of(Sha256.hex(inputs.toString()));
    }

    /** Every file and link of the source folder; of a link that leads out, or to a folder, only its name counts. */
    private static void appendSources(StringBuilder inputs, GeneratorConfig config) throws IOException {
        Path folder = config.sourceDirectory();
        Path realFolder = folder.toRealPath();
        List<Path> own = new FolderSettings(config).ownFoldersInTheSources();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(file -> Files.isRegularFile(file) || Files.isSymbolicLink(file))
                    .filter(file -> own.stream().noneMatch(file::startsWith)).sorted().toList();
            for (Path file : files) {
                boolean readable = Files.isRegularFile(file)
                        && (!Files.isSymbolicLink(file) || file.toRealPath().startsWith(realFolder));
                inputs.append(folder.relativize(file).toString().replace('\\', '/')).append('\n')
                        .append(readable ? digest(file) : "not read").append('\n');
            }
        }
    }

    private static void appendTree(StringBuilder inputs, Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                inputs.append(folder.relativize(file).toString().replace('\\', '/')).append('\n')
                        .append(digest(file)).append('\n');
            }
        }
    }

    private static String digest(Path file) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
