package dev.mdquiz.generator.internal.site;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.internal.load.BankLoader;
import dev.mdquiz.generator.internal.key.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything a build reads, read once: every file under the source folder (hidden ones included) and the theme
 * folder, the settings and the {@link dev.mdquiz.generator.internal.output.CourseOutput#fingerprint() outputs' fingerprints} (theme, generator), hashed into one value. Equal
 * hashes mean an equal site, so a rebuild with an unchanged hash has nothing to do. Each file is stamped as it is
 * hashed, so that {@link #unchanged()} can tell after the build whether any changed while it ran without reading
 * them again. Where diagnostics are shown from ({@link GeneratorConfig#displayRoot()}, the folder Maven runs in when
 * there is no project) is left out, and the build folder counts only through the warnings it causes: it changes what the report says, not what is written, so a rebuild started
 * from another folder is still a rebuild with nothing to do ({@link dev.mdquiz.generator.internal.cache.BuildRecord}
 * shows the recorded warnings from the new folder). Like the build itself, it reads nothing outside the source folder (a linked file that leads out is
 * left out, linked folders are not followed) and nothing of the generator's own cache, and it streams each file
 * rather than holding it.
 */
public final class BuildInputs {
    private final GeneratorConfig config;
    private final List<Path> ownFolders;
    private final String hash;
    private final FileTime stampedAfter;
    private final Map<String, Input> inputs;

    /** One file as read: null stamp and "not read" for a link that leads out of the source folder. */
    private record Input(FileStamp stamp, String digest) {
    }

    /** A file to read, named as the hash names it; {@code readable} is false for a link that leads out. */
    private record Listed(String name, Path file, boolean readable) {
    }

    private BuildInputs(GeneratorConfig config, List<Path> ownFolders, String hash, FileTime stampedAfter,
            Map<String, Input> inputs) {
        this.config = config;
        this.ownFolders = ownFolders;
        this.hash = hash;
        this.stampedAfter = stampedAfter;
        this.inputs = inputs;
    }

    /** Empty when the source folder cannot be read whole; the build then runs and reports why. */
    public static Optional<BuildInputs> read(GeneratorConfig config, FolderSettings folders, String outputsFingerprint) {
        FileTime start = FileTime.fromMillis(System.currentTimeMillis());
        StringBuilder text = new StringBuilder(String.join("\n", outputsFingerprint,
                String.valueOf(config.sourceDirectory()), String.valueOf(config.outputDirectory()),
                String.valueOf(config.answerKeyDirectory()), String.valueOf(config.resources()),
                String.valueOf(config.failOnWarning()))).append('\n');
        // the build folder counts only through what it makes the build warn about
        folders.warnings().forEach(w -> text.append(w.message()).append('\n'));
        List<Path> ownFolders = folders.ownFoldersInTheSources();
        Map<String, Input> inputs = new LinkedHashMap<>();
        try {
            for (Listed listed : list(config, ownFolders)) {
                // stamped before it is read: a write while it is read shows in a later stamp
                Input input = listed.readable() ? new Input(FileStamp.of(listed.file()), Sha256.hex(listed.file()))
                        : new Input(null, "not read");
                inputs.put(listed.name(), input);
                text.append(listed.name()).append('\n').append(input.digest()).append('\n');
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.of(new BuildInputs(config, ownFolders, Sha256.hex(text.toString()), start, inputs));
    }

    public String hash() {
        return hash;
    }

    /**
     * Whether every input is still as {@link #read} found it: the same files, with the same stamps. Only files
     * written shortly before they were stamped are read again, since a write could leave their stamps as they
     * were. False when the folders cannot be read.
     */
    public boolean unchanged() {
        try {
            List<Listed> now = list(config, ownFolders);
            if (!now.stream().map(Listed::name).toList().equals(List.copyOf(inputs.keySet()))) {
                return false;
            }
            for (Listed listed : now) {
                Input before = inputs.get(listed.name());
                if (listed.readable() != (before.stamp() != null)) {
                    return false;
                }
                if (listed.readable() && (!FileStamp.of(listed.file()).equals(before.stamp())
                        || before.stamp().recentAt(stampedAfter) && !Sha256.hex(listed.file()).equals(before.digest()))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The source folder's files and links, then the theme folder's files, in a stable order. */
    private static List<Listed> list(GeneratorConfig config, List<Path> ownFolders) throws IOException {
        List<Listed> listed = new ArrayList<>();
        listSources(listed, config.sourceDirectory(), ownFolders);
        // the theme fingerprint covers the folder's own files; templates may also include ones in subfolders
        if (config.themeDirectory() != null && Files.isDirectory(config.themeDirectory())) {
            listTree(listed, config.themeDirectory());
        }
        return listed;
    }

    /** Every file and link of the source folder; of a link that leads out, or to a folder, only its name counts. */
    private static void listSources(List<Listed> listed, Path folder, List<Path> own) throws IOException {
        Path realFolder = folder.toRealPath();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(file -> Files.isRegularFile(file) || Files.isSymbolicLink(file))
                    .filter(file -> own.stream().noneMatch(file::startsWith)).sorted().toList();
            for (Path file : files) {
                boolean readable = Files.isRegularFile(file)
                        && (!Files.isSymbolicLink(file) || file.toRealPath().startsWith(realFolder));
                listed.add(new Listed("source/" + BankLoader.slashes(folder.relativize(file)), file, readable));
            }
        }
    }

    private static void listTree(List<Listed> listed, Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                listed.add(new Listed("theme/" + BankLoader.slashes(folder.relativize(file)), file, true));
            }
        }
    }
}
