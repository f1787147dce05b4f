package dev.mdquiz.generator;

import dev.mdquiz.generator.internal.answers.InstructorKeyWriter;
import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.cache.BuildRecord;
import dev.mdquiz.generator.internal.key.AnswerKeys;
import dev.mdquiz.generator.internal.key.KeyOptions;
import dev.mdquiz.generator.internal.key.Sha256;
import dev.mdquiz.generator.internal.render.PageRenderer;
import dev.mdquiz.generator.internal.site.BuildInputs;
import dev.mdquiz.generator.internal.site.FolderSettings;
import dev.mdquiz.generator.internal.site.SitePlan;
import dev.mdquiz.generator.internal.site.SiteReader;
import dev.mdquiz.generator.internal.site.SiteSources;
import dev.mdquiz.generator.internal.write.SiteWriter;

import java.util.Optional;

/**
 * Builds a quiz site in named stages: load, parse, check (SiteReader); arrange, key, render (SitePlan); write
 * (SiteWriter). Nothing is written unless every bank is free of errors, and a rebuild redoes only what changed.
 */
public final class QuizGenerator {
    private final GeneratorConfig config;

    public QuizGenerator(GeneratorConfig config) {
        this.config = config;
    }

    /**
     * Loads, parses and checks every bank without writing anything. Folder settings that a build would refuse
     * ({@link OverlappingFoldersException}) are refused here too.
     */
    public CheckResult check() throws SourceDirectoryException, OverlappingFoldersException {
        new FolderSettings(config).refuseOverlaps();
        SiteSources sources = new SiteReader(config).read();
        return new CheckResult(sources.quizzes().size(), sources.questionCount(), sources.diagnostics(),
                config.failOnWarning());
    }

    /**
     * Generates the site. Throws {@link InvalidBanksException} with every problem when a bank has errors. When
     * nothing it reads changed since the last build and nobody touched what that build wrote, nothing is parsed
     * or written, and the last build's result, warnings included, is reported again.
     */
    public BuildResult generate() throws QuizBuildException {
        new FolderSettings(config).refuseOverlaps(); // before anything is written
        BuildCache cache = BuildCache.open(config.cacheDirectory());
        InstructorKeyWriter instructorKeys = InstructorKeyWriter.of(config, cache);
        String siteId = Sha256.hex(config.siteTitle()).substring(0, 8);
        PageRenderer renderer = new PageRenderer(config.siteTitle(), config.siteLanguage(), siteId,
                config.themeDirectory());
        SitePlan plan = new SitePlan(config, renderer, new AnswerKeys(KeyOptions.of(config, cache)));
        SiteWriter siteWriter = SiteWriter.open(config.outputDirectory(), Setting.OUTPUT_DIRECTORY, cache,
                BuildCache.Written.SITE);
        Optional<BuildInputs> inputs = BuildInputs.read(config, plan.fingerprint());
        Optional<BuildRecord> unchanged = cache.lastBuild()
                .filter(last -> inputs.isPresent() && last.inputs().equals(inputs.get().hash()))
                .filter(last -> siteWriter.untouchedSinceLastBuild() && instructorKeys.untouchedSinceLastBuild());
        if (unchanged.isPresent()) {
            siteWriter.removeLeftoverTemporaries();
            return unchanged.get().result(config.outputDirectory());
        }

        SiteSources sources = new SiteReader(config).read();
        if (new CheckResult(0, 0, sources.diagnostics(), config.failOnWarning()).failed()) {
            throw new InvalidBanksException(sources.diagnostics());
        }
        cache.forgetLastBuild();
        SiteWriter.Result written = siteWriter.write(plan.plan(sources));
        instructorKeys.write(sources.quizzes());
        BuildResult result = new BuildResult(sources.quizzes().size(), sources.questionCount(), written.written(),
                config.outputDirectory(), sources.diagnostics());
        // a file changed while this build read it may leave pages of either version: only inputs that held still count
        if (inputs.isPresent() && inputs.get().unchanged()) {
            cache.storeLastBuild(new BuildRecord(inputs.get().hash(), result.quizzes(), result.questions(),
                    result.warnings()));
        }
        return result;
    }
}
