package dev.mdquiz.maven;

import dev.mdquiz.generator.GeneratorConfig;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;

/** A goal as Maven configures it with every default, in a project at a folder, or without one. */
final class MojoFixture {
    private MojoFixture() {
    }

    static <T extends AbstractQuizMojo> T withDefaults(T mojo, Path base, boolean withProject) {
        MavenProject project = new MavenProject();
        if (withProject) {
            project.setFile(base.resolve("pom.xml").toFile());
            project.getBuild().setDirectory(base.resolve("target").toString());
            project.setName("Course");
        }
        mojo.project = project;
        mojo.session = new MavenSession(null, null,
                new DefaultMavenExecutionRequest().setBaseDirectory(base.toFile()), new DefaultMavenExecutionResult());
        mojo.sourceDirectory = base.resolve("src/quiz").toFile();
        mojo.outputDirectory = base.resolve("target/quiz-site").toFile();
        mojo.themeDirectory = base.resolve("src/quiz-theme").toFile();
        mojo.language = "en";
        mojo.ordering = GeneratorConfig.Ordering.PATH;
        mojo.keyIterations = GeneratorConfig.DEFAULT_KEY_ITERATIONS;
        return mojo;
    }
}
