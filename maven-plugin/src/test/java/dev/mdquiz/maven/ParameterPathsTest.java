package dev.mdquiz.maven;

import dev.mdquiz.generator.GeneratorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Without a POM, defaults like ${project.basedir}/src/quiz name folders where Maven runs, not a folder of that name. */
class ParameterPathsTest {
    @TempDir
    Path base;

    @Test
    void theStubProjectsPlaceholderStandsForWhereMavenRuns() {
        assertEquals(base.resolve("src/quiz"), ParameterPaths.of(new File(base.toFile(), "${project.basedir}/src/quiz")));
        assertEquals(base.resolve("target/quiz-site"),
                ParameterPaths.of(new File(base.toFile(), "${project.basedir}/target/quiz-site")));
        assertEquals(Path.of("src/quiz-theme"), ParameterPaths.of(new File("${project.basedir}/src/quiz-theme")));
        assertEquals(base.resolve("quiz"), ParameterPaths.of(base.resolve("quiz").toFile()), "a resolved path stays");
    }

    @Test
    void withoutAProjectTheDefaultFoldersAreThoseWhereMavenRuns() throws Exception {
        GenerateMojo mojo = MojoFixture.withDefaults(new GenerateMojo(), base, false);
        // what Maven's stub project gives the goal when no folder is set
        mojo.sourceDirectory = new File(base.toFile(), "${project.basedir}/src/quiz");
        mojo.outputDirectory = new File(base.toFile(), "${project.basedir}/target/quiz-site");
        mojo.themeDirectory = new File(base.toFile(), "${project.basedir}/src/quiz-theme");
        GeneratorConfig config = mojo.config();
        assertEquals(base.resolve("src/quiz"), config.sourceDirectory());
        assertEquals(base.resolve("target/quiz-site"), config.outputDirectory());
        assertEquals(base.resolve("src/quiz-theme"), config.themeDirectory());
        assertEquals(base.resolve("target/quiz-site-cache"), config.cacheDirectory());
    }
}
