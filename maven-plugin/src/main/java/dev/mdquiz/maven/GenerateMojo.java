package dev.mdquiz.maven;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.QuizGenerator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Generates the quiz site: one self-grading page per Markdown bank, plus a course index. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class GenerateMojo extends AbstractQuizMojo {

    /** Skips this goal. */
    @Parameter(property = "quiz.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping quiz generation (quiz.skip=true)");
            return;
        }
        try {
            BuildResult result = new QuizGenerator(config()).generate();
            result.warnings().forEach(this::log);
            getLog().info("Generated " + count(result.quizzes(), "quiz", "quizzes") + " with "
                    + count(result.questions(), "question", "questions") + " in " + display(result.outputDirectory()));
        } catch (QuizBuildException e) {
            throw failure(e);
        }
    }
}
