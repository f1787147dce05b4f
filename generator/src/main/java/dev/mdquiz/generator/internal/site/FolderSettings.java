package dev.mdquiz.generator.internal.site;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.OverlappingFoldersException;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.internal.load.BankLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The configured folders against each other, compared after symbolic links are followed. Overlaps that would
 * publish the banks or the answer keys, or let one build overwrite the sources, are refused before anything is
 * written; private folders where they could be committed or published are warned about.
 */
public final class FolderSettings {
    private final GeneratorConfig config;
    private final Path source;
    private final Path output;
    private final Path keys;
    private final Path cache;
    private final Path export;

    public FolderSettings(GeneratorConfig config) {
        this.config = config;
        this.source = canonical(config.sourceDirectory());
        this.output = canonical(config.outputDirectory());
        this.keys = canonical(config.answerKeyDirectory());
        this.cache = canonical(config.cacheDirectory());
        this.export = canonical(config.exportDirectory());
    }

    /** Throws for the first overlap that a build must not run with. */
    public void refuseOverlaps() throws OverlappingFoldersException {
        if (output.startsWith(source)) {
            throw refused(Setting.OUTPUT_DIRECTORY, config.outputDirectory(), "is or lies inside sourceDirectory "
                    + config.sourceDirectory() + ": the banks would be published and a rebuild could overwrite or"
                    + " delete source files; write the site to a folder of its own");
        }
        if (source.startsWith(output)) {
            throw refused(Setting.OUTPUT_DIRECTORY, config.outputDirectory(), "holds sourceDirectory "
                    + config.sourceDirectory() + ": the banks would be published and a rebuild could delete source"
                    + " files; write the site to a folder of its own");
        }
        if (overlap(keys, output)) {
            throw refused(Setting.ANSWER_KEY_DIRECTORY, config.answerKeyDirectory(), "overlaps outputDirectory "
                    + config.outputDirectory() + ": the answer keys would be published; keep them under the build folder");
        }
        if (overlap(keys, source)) {
            throw refused(Setting.ANSWER_KEY_DIRECTORY, config.answerKeyDirectory(), "overlaps sourceDirectory "
                    + config.sourceDirectory() + ": the answer keys would be read as banks and could overwrite"
                    + " them; keep them under the build folder");
        }
        if (cache.startsWith(output)) {
            throw refused(Setting.CACHE_DIRECTORY, config.cacheDirectory(), "is or lies inside outputDirectory "
                    + config.outputDirectory() + ": its derived keys would be published; keep it under the build folder");
        }
        if (cache.equals(source)) {
            throw refused(Setting.CACHE_DIRECTORY, config.cacheDirectory(), "is sourceDirectory: the build would write"
                    + " its state among the banks; keep it under the build folder");
        }
    }

    /**
     * Throws when the export folder overlaps another: its files hold every question with its answers, and the
     * writer deletes what it no longer makes there.
     */
    public void refuseExportOverlaps() throws OverlappingFoldersException {
        if (overlap(export, source)) {
            throw refused(Setting.EXPORT_DIRECTORY, config.exportDirectory(), "overlaps sourceDirectory "
                    + config.sourceDirectory() + ": exported files would be read as sources or overwrite them;"
                    + " export to a folder of its own under the build folder");
        }
        if (overlap(export, output)) {
            throw refused(Setting.EXPORT_DIRECTORY, config.exportDirectory(), "overlaps outputDirectory "
                    + config.outputDirectory() + ": the exported questions, answers included, would be published;"
                    + " export to a folder of its own under the build folder");
        }
        if (overlap(export, keys)) {
            throw refused(Setting.EXPORT_DIRECTORY, config.exportDirectory(), "overlaps answerKeyDirectory "
                    + config.answerKeyDirectory() + "; export to a folder of its own under the build folder");
        }
        if (overlap(export, cache)) {
            throw refused(Setting.EXPORT_DIRECTORY, config.exportDirectory(), "overlaps cacheDirectory "
                    + config.cacheDirectory() + "; export to a folder of its own under the build folder");
        }
    }

    private static boolean overlap(Path a, Path b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    private static OverlappingFoldersException refused(Setting setting, Path folder, String problem) {
        return new OverlappingFoldersException(setting, folder, setting.parameter() + " " + folder + " " + problem);
    }

    /** Private folders where they could be committed or published: inside the sources, outside the build folder. */
    public List<Diagnostic> warnings() {
        List<Diagnostic> warnings = new ArrayList<>();
        String risk = "its entries let anyone test guesses at the answers without the key stretching";
        if (cache.startsWith(source)) {
            warnings.add(warning(config.cacheDirectory(), "cacheDirectory is inside the source folder: " + risk
                    + ", and would be committed with the banks; keep it under the build folder"));
        } else if (outsideTheBuildFolder(cache)) {
            warnings.add(warning(config.cacheDirectory(), "cacheDirectory is outside the build folder "
                    + config.buildDirectory() + ": " + risk + ", and it could be committed or published"));
        }
        if (outsideTheBuildFolder(keys)) {
            warnings.add(warning(config.answerKeyDirectory(), "answerKeyDirectory is outside the build folder "
                    + config.buildDirectory() + ": the teachers' answer keys could be committed or published;"
                    + " keep them under the build folder"));
        }
        return warnings;
    }

    /** The generator's own folders inside the source folder, as paths under it: never read as sources. */
    public List<Path> ownFoldersInTheSources() {
        if (cache.startsWith(source) && !cache.equals(source)) {
            return List.of(config.sourceDirectory().resolve(source.relativize(cache)));
        }
        return List.of();
    }

    private boolean outsideTheBuildFolder(Path folder) {
        return config.buildDirectory() != null && !folder.startsWith(canonical(config.buildDirectory()));
    }

    private Diagnostic warning(Path folder, String message) {
        String path = folder.startsWith(config.displayRoot()) && !folder.equals(config.displayRoot())
                ? BankLoader.slashes(config.displayRoot().relativize(folder)) : folder.toString();
        return new Diagnostic(path, 1, 1, Severity.WARNING, message);
    }

    /** The path with symbolic links followed as far as it exists: a link to the source folder is the source folder. */
    static Path canonical(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(path));
        } catch (IOException e) {
            return path;
        }
    }
}
