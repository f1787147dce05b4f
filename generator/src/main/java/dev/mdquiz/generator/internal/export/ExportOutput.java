package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.output.CourseOutput;
import dev.mdquiz.generator.internal.site.SiteLayout;
import dev.mdquiz.generator.internal.site.SitePlan;
import dev.mdquiz.generator.internal.site.SiteSources;
import dev.mdquiz.generator.internal.write.OutputFile;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.SectionInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One export format's folder in the export directory ({@code moodle/}, {@code gift/}, ...): a file per bank at
 * the bank's path. Each bank is exported once while the files are listed, so that what the format dropped is
 * known (and can fail the build) before anything is written; the writer exports it again only if the file
 * changed, into a throwaway report.
 */
public final class ExportOutput implements CourseOutput {
    private final GeneratorConfig config;
    private final ExportFormat format;
    private final String fingerprint;

    public ExportOutput(GeneratorConfig config, ExportFormat format) {
        this.config = config;
        this.format = format;
        this.fingerprint = Sha256.hex("mdquiz " + SitePlan.generatorVersion() + "\nexport " + format.name());
    }

    /** Every bank's file, and the warnings of the format about what it dropped or approximated. */
    public record Plan(List<OutputFile> files, List<Diagnostic> warnings) {
    }

    public ExportFormat format() {
        return format;
    }

    @Override
    public String name() {
        return "export-" + format.name();
    }

    @Override
    public Path directory() {
        return config.exportDirectory().resolve(format.name());
    }

    @Override
    public Setting setting() {
        return Setting.EXPORT_DIRECTORY;
    }

    @Override
    public String fingerprint() {
        return fingerprint;
    }

    @Override
    public List<OutputFile> files(SiteSources course) throws QuizBuildException {
        return plan(course).files();
    }

    /** Exports every bank (on all cores) to learn its hash and warnings; the bytes are made again when written. */
    public Plan plan(SiteSources course) throws QuizBuildException {
        SiteLayout layout = new SiteLayout(course.sectionInfos(), config.ordering());
        SectionInfo top = course.sectionInfos().get("");
        String courseTitle = top != null && !top.title().isEmpty() ? top.title() : config.siteTitle();
        record Exported(OutputFile file, List<Diagnostic> warnings) {
        }
        List<Exported> exported;
        try {
            exported = course.quizzes().parallelStream().map(quiz -> {
                List<String> category = new ArrayList<>(List.of(courseTitle));
                category.addAll(layout.titles(SiteLayout.folderOf(quiz.id())));
                ExportBank bank = bank(quiz, category, new ExportWarnings(displayPath(quiz), format.name()));
                byte[] bytes = write(bank);
                ExportBank quiet = bank(quiz, category, new ExportWarnings(displayPath(quiz), format.name()));
                OutputFile file = new OutputFile(bank.outputPath(format), Sha256.hex(fingerprint + "\n"
                        + Sha256.hex(bytes)), () -> format.write(quiet));
                return new Exported(file, bank.warnings().diagnostics());
            }).toList();
        } catch (UncheckedIOException e) {
            throw new OutputDirectoryException(Setting.EXPORT_DIRECTORY, directory(), "cannot export as "
                    + format.name() + ": " + e.getCause().getMessage(), e.getCause());
        }
        List<Diagnostic> warnings = new ArrayList<>();
        exported.forEach(each -> warnings.addAll(each.warnings()));
        warnings.sort(Diagnostic.ORDER);
        return new Plan(exported.stream().map(Exported::file).sorted(Comparator.comparing(OutputFile::path)).toList(),
                warnings);
    }

    private ExportBank bank(Quiz quiz, List<String> category, ExportWarnings warnings) {
        return new ExportBank(quiz, category, config.sourceDirectory(), warnings);
    }

    private byte[] write(ExportBank bank) {
        try {
            return format.write(bank);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(bank.quiz().id() + ": " + e.getMessage(), e));
        }
    }

    /** The bank's path as the loader's diagnostics name it. */
    private String displayPath(Quiz quiz) {
        Path file = config.sourceDirectory().resolve(quiz.id() + ".md");
        return config.displayRoot().relativize(file).toString().replace('\\', '/');
    }
}
