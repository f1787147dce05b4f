package dev.mdquiz.maven;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.ForkedGenerator;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.QuizGenerator;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Generates the quiz site: one self-grading page per Markdown bank, plus a course index. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class GenerateMojo extends AbstractQuizMojo {

    /** Skips this goal. */
    @Parameter(property = "quiz.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Builds in a JVM of its own with a heap sized for the course, so that a big course leaves Maven's JVM as it
     * was; false builds in Maven's JVM. A build with nothing to do starts no JVM.
     */
    @Parameter(property = "quiz.fork", defaultValue = "true")
    private boolean fork;

    /**
     * The heap of that JVM ({@code 512m}, {@code 2g}); by default 128 MB plus twelve times the size of
     * the banks, at least 256 MB.
     */
    @Parameter(property = "quiz.forkMaxHeap")
    private String forkMaxHeap;

    /** The plugin's own dependencies: the class path of the JVM the generator builds in. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true)
    private List<Artifact> pluginArtifacts;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping quiz generation (quiz.skip=true)");
            return;
        }
        try {
            BuildResult result = fork && pluginArtifacts != null
                    ? forked().generate() : new QuizGenerator(config()).generate();
            result.warnings().forEach(this::log);
            getLog().info("Generated " + count(result.quizzes(), "quiz", "quizzes") + " with "
                    + count(result.questions(), "question", "questions") + " in " + display(result.outputDirectory()));
        } catch (QuizBuildException e) {
            throw failure(e);
        }
    }

    private ForkedGenerator forked() throws MojoFailureException {
        List<Path> classPath = pluginArtifacts.stream().map(Artifact::getFile).filter(Objects::nonNull)
                .map(File::toPath).toList();
        try {
            return new ForkedGenerator(config(), classPath, forkMaxHeap);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
