package dev.mdquiz.generator.internal.output;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.internal.site.SitePlan;
import dev.mdquiz.generator.internal.site.SiteSources;
import dev.mdquiz.generator.internal.write.OutputFile;

import java.nio.file.Path;
import java.util.List;

/** The published site: a page per quiz, the course index and the files the banks link to. */
final class SiteOutput implements CourseOutput {
    private final GeneratorConfig config;
    private final SitePlan plan;

    SiteOutput(GeneratorConfig config, SitePlan plan) {
        this.config = config;
        this.plan = plan;
    }

    @Override
    public String name() {
        return "site";
    }

    @Override
    public Path directory() {
        return config.outputDirectory();
    }

    @Override
    public Setting setting() {
        return Setting.OUTPUT_DIRECTORY;
    }

    @Override
    public String fingerprint() {
        return plan.fingerprint();
    }

    @Override
    public List<OutputFile> files(SiteSources course) {
        return plan.plan(course);
    }
}
