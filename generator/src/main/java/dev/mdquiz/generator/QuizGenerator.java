package dev.mdquiz.generator;

import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.cache.BuildRecord;
import dev.mdquiz.generator.internal.math.Formulas;
import dev.mdquiz.generator.internal.export.ExportFormat;
import dev.mdquiz.generator.internal.export.ExportFormats;
import dev.mdquiz.generator.internal.export.ExportOutput;
import dev.mdquiz.generator.internal.output.CourseOutput;
import dev.mdquiz.generator.internal.output.Outputs;
import dev.mdquiz.generator.internal.site.BuildInputs;
import dev.mdquiz.generator.internal.site.FolderSettings;
import dev.mdquiz.generator.internal.site.SiteLayout;
import dev.mdquiz.generator.internal.site.SitePlan;
import dev.mdquiz.generator.internal.site.SiteReader;
import dev.mdquiz.generator.internal.site.SiteSources;
import dev.mdquiz.generator.internal.write.SiteWriter;

import dev.mdquiz.generator.model.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a quiz site in named stages: load, parse, check (SiteReader); then each output (the site: arrange, key,
 * render; the teachers' answer keys) lists its files and the writer writes what changed (SiteWriter). Nothing is
 * written unless every bank is free of errors, and a rebuild redoes only what changed.
 */
public final class QuizGenerator {
    private final GeneratorConfig config;
    /** Null but in a preview: what it keeps between builds. */
    private final PreviewMemo preview;

    /** A preview writes the site alone, and keeps each bank as parsed and each quiz's version while its text stays. */
    private record PreviewMemo(SiteReader.ParseMemo banks, SitePlan.VersionMemo versions) {
    }

    public QuizGenerator(GeneratorConfig config) {
        this(config, null);
    }

    private QuizGenerator(GeneratorConfig config, PreviewMemo preview) {
        this.config = config;
        this.preview = preview;
    }

    /**
     * The generator of a preview ({@link PreviewServer}), which builds again at every save: it writes the site
     * alone (no teachers' answer keys); it keeps each bank as parsed, and each quiz's version, while the bank's
     * text stays the same; it reads and checks the course at each build rather than first hashing every input
     * to find out whether anything changed. The site's files are those {@link #generate()} writes otherwise.
     */
    static QuizGenerator forPreview(GeneratorConfig config) {
        return new QuizGenerator(config, new PreviewMemo(new SiteReader.ParseMemo(), new SitePlan.VersionMemo()));
    }

    /**
     * Loads, parses and checks every bank and returns the checked course, without writing anything: the model
     * every output is made from, and the diagnostics. Folder settings that a build would refuse
     * ({@link OverlappingFoldersException}) are refused here too.
     */
    public Course read() throws SourceDirectoryException, OverlappingFoldersException {
        FolderSettings folders = new FolderSettings(config);
        folders.refuseOverlaps();
        SiteSources sources = new SiteReader(config, folders, Formulas.with(readOnlyCache())).read();
        List<Section> sections = new SiteLayout(sources.sectionInfos(), config.ordering()).arrange(sources.quizzes());
        return new Course(sources.sectionInfos().get(""), sections, sources.diagnostics());
    }

    /** The cache, read for formulas rendered before (never written: reading writes nothing); none if unusable. */
    private BuildCache readOnlyCache() {
        try {
            return BuildCache.open(config.cacheDirectory());
        } catch (OutputDirectoryException e) {
            return null; // generate() reports it; a check renders every formula afresh
        }
    }

    /** {@link #read()}, summed up. */
    public CheckResult check() throws SourceDirectoryException, OverlappingFoldersException {
        Course course = read();
        int questions = course.quizzes().stream().mapToInt(quiz -> quiz.questions().size()).sum();
        return new CheckResult(course.quizzes().size(), questions, course.diagnostics(), config.failOnWarning());
    }

    /**
     * Generates the site. Throws {@link InvalidBanksException} with every problem when a bank has errors. When
     * nothing it reads changed since the last build and nobody touched what that build wrote, nothing is parsed
     * or written, and the last build's result, warnings included, is reported again.
     */
    public BuildResult generate() throws QuizBuildException {
        Prepared prepared = prepare();
        // a preview builds when its watcher saw a change: hashing every input to find none would only delay it
        Optional<BuildInputs> inputs = preview != null ? Optional.empty()
                : BuildInputs.read(config, prepared.folders(), Outputs.fingerprint(prepared.outputs()));
        Optional<BuildResult> unchanged = unchanged(prepared, inputs);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        return build(prepared, inputs);
    }

    /**
     * What {@link #generate()} would report without parsing or writing anything: the last build's result when
     * nothing it read changed since and nobody touched what it wrote (its leftover temporary files aside, which
     * it deletes as {@code generate} does); empty when a build has work to do.
     */
    public Optional<BuildResult> lastBuildIfUnchanged() throws QuizBuildException {
        Prepared prepared = prepare();
        if (preview != null || prepared.cache().lastBuild().isEmpty()) {
            return Optional.empty(); // nothing to compare with: no need to hash every input
        }
        return unchanged(prepared, BuildInputs.read(config, prepared.folders(), Outputs.fingerprint(prepared.outputs())));
    }

    /** The folders checked, the cache opened and the outputs with their writers: what every build starts with. */
    private record Prepared(FolderSettings folders, BuildCache cache, List<CourseOutput> outputs, List<SiteWriter> writers) {
    }

    private Prepared prepare() throws QuizBuildException {
        FolderSettings folders = new FolderSettings(config);
        folders.refuseOverlaps(); // before anything is written
        BuildCache cache = BuildCache.open(config.cacheDirectory());
        // a preview writes the site alone: the teachers' keys are the published build's
        List<CourseOutput> outputs = preview == null ? Outputs.of(config, cache)
                : List.of(Outputs.site(config, cache, preview.versions()));
        List<SiteWriter> writers = new ArrayList<>();
        for (CourseOutput output : outputs) {
            writers.add(SiteWriter.open(output.directory(), output.setting(), cache, output.name()));
        }
        return new Prepared(folders, cache, outputs, writers);
    }

    private Optional<BuildResult> unchanged(Prepared prepared, Optional<BuildInputs> inputs) throws OutputDirectoryException {
        Optional<BuildRecord> unchanged = prepared.cache().lastBuild()
                .filter(last -> inputs.isPresent() && last.inputs().equals(inputs.get().hash()))
                .filter(last -> prepared.writers().stream().allMatch(SiteWriter::untouchedSinceLastBuild));
        if (unchanged.isEmpty()) {
            return Optional.empty();
        }
        for (SiteWriter writer : prepared.writers()) {
            writer.removeLeftoverTemporaries();
        }
        return Optional.of(unchanged.get().result(config.outputDirectory(), config.displayRoot()));
    }

    private BuildResult build(Prepared prepared, Optional<BuildInputs> inputs) throws QuizBuildException {
        FolderSettings folders = prepared.folders();
        BuildCache cache = prepared.cache();
        List<CourseOutput> outputs = prepared.outputs();
        List<SiteWriter> writers = prepared.writers();
        Formulas formulas = Formulas.with(cache);
        SiteSources sources = new SiteReader(config, folders, preview == null ? null : preview.banks(), formulas).read();
        if (new CheckResult(0, 0, sources.diagnostics(), config.failOnWarning()).failed()) {
            throw new InvalidBanksException(sources.diagnostics());
        }
        cache.forgetLastBuild();
        formulas.save();
        int written = 0;
        for (int i = 0; i < outputs.size(); i++) {
            written += writers.get(i).write(outputs.get(i).files(sources));
        }
        BuildResult result = new BuildResult(sources.quizzes().size(), sources.questionCount(), written,
                config.outputDirectory(), sources.diagnostics());
        // a file changed while this build read it may leave pages of either version: only inputs that held still count
        if (inputs.isPresent() && inputs.get().unchanged()) {
            cache.storeLastBuild(new BuildRecord(inputs.get().hash(), config.displayRoot().toString(), result.quizzes(), result.questions(),
                    result.warnings()));
        }
        return result;
    }

    /**
     * Exports every bank in each chosen format ({@link GeneratorConfig#exportFormats()}) to a folder per format in
     * {@link GeneratorConfig#exportDirectory()}, each file at its bank's path. The same checks as {@link #generate()}
     * run first: when a bank has errors (or warnings, with failOnWarning, what the formats drop included) this
     * throws {@link InvalidBanksException} and writes nothing. Files are written as the site's are: atomically,
     * only those that changed; a bank's file that is no longer made is deleted.
     */
    public ExportResult export() throws QuizBuildException {
        FolderSettings folders = new FolderSettings(config);
        folders.refuseOverlaps();
        folders.refuseExportOverlaps();
        BuildCache cache = BuildCache.open(config.cacheDirectory());
        List<ExportOutput> outputs = new ArrayList<>();
        List<SiteWriter> writers = new ArrayList<>();
        for (ExportFormat format : ExportFormats.chosen(config, cache)) {
            ExportOutput output = new ExportOutput(config, format);
            outputs.add(output);
            writers.add(SiteWriter.open(output.directory(), output.setting(), cache, output.name()));
        }
        Formulas formulas = Formulas.with(cache);
        SiteSources sources = new SiteReader(config, folders, formulas).read();
        if (new CheckResult(0, 0, sources.diagnostics(), config.failOnWarning()).failed()) {
            throw new InvalidBanksException(sources.diagnostics());
        }
        formulas.save();
        List<ExportOutput.Plan> plans = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>(sources.diagnostics());
        for (ExportOutput output : outputs) {
            ExportOutput.Plan plan = output.plan(sources);
            plans.add(plan);
            diagnostics.addAll(plan.warnings());
        }
        diagnostics.sort(Diagnostic.ORDER);
        if (new CheckResult(0, 0, diagnostics, config.failOnWarning()).failed()) {
            throw new InvalidBanksException(diagnostics); // failOnWarning, and a format drops something
        }
        int written = 0;
        for (int i = 0; i < outputs.size(); i++) {
            written += writers.get(i).write(plans.get(i).files());
        }
        return new ExportResult(sources.quizzes().size(), sources.questionCount(),
                outputs.stream().map(output -> output.format().name()).toList(), written, config.exportDirectory(),
                diagnostics);
    }
}
