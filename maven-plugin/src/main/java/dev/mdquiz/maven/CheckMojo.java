package dev.mdquiz.maven;

import dev.mdquiz.generator.CheckResult;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.QuizGenerator;
import dev.mdquiz.generator.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Parses and checks every bank without writing pages: for the CI of a course repository. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractQuizMojo {

    /** Skips this goal. */
    @Parameter(property = "quiz.check.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping quiz check (quiz.check.skip=true)");
            return;
        }
        CheckResult result;
        try {
            result = new QuizGenerator(config()).check();
        } catch (QuizBuildException e) {
            throw failure(e);
        }
        result.diagnostics().forEach(this::log);
        String summary = "Checked " + count(result.quizzes(), "quiz", "quizzes") + " with "
                + count(result.questions(), "question", "questions") + ": "
                + count(result.count(Severity.ERROR), "error", "errors") + ", "
                + count(result.count(Severity.WARNING), "warning", "warnings");
        if (result.failed()) {
            throw new MojoFailureException(summary + (result.count(Severity.ERROR) == 0 ? " (failOnWarning is set)" : ""));
        }
        getLog().info(summary);
    }
}
