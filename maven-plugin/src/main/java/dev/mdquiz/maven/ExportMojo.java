package dev.mdquiz.maven;

import dev.mdquiz.generator.ExportResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.QuizGenerator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Arrays;


/**
 * Exports every bank for a learning management system: Moodle XML, GIFT, QTI and SCORM, one file per bank and
 * format in a folder per format, after the same checks as quiz:generate. See docs/export.md for what each format
 * holds of each kind of question.
 */
@Mojo(name = "export", requiresProject = false, threadSafe = true)
public class ExportMojo extends AbstractQuizMojo {

    /** The formats to write, comma-separated: moodle, gift, qti, scorm; all of them when not given. */
    @Parameter(property = "quiz.formats")
    String formats;

    /**
     * Where the files go, a folder per format ({@code moodle/}, {@code gift/}, ...). Defaults to
     * {@code ${project.build.directory}/quiz-export} (without a POM: {@code target/quiz-export} in the current
     * folder); a folder in or around the source, output, answer key or cache folder is refused.
     */
    @Parameter(property = "quiz.exportDirectory")
    File exportDirectory;

    /** Skips this goal. */
    @Parameter(property = "quiz.export.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping quiz export (quiz.export.skip=true)");
            return;
        }
        try {
            ExportResult result = new QuizGenerator(config()).export();
            result.warnings().forEach(this::log);
            getLog().info("Exported " + count(result.quizzes(), "quiz", "quizzes") + " with "
                    + count(result.questions(), "question", "questions") + " as " + String.join(", ", result.formats())
                    + " to " + display(result.exportDirectory()));
        } catch (QuizBuildException e) {
            throw failure(e);
        }
    }

    @Override
    GeneratorConfig.Builder configure(GeneratorConfig.Builder builder) throws MojoFailureException {
        try {
            return builder
                    .exportDirectory(exportDirectory != null ? exportDirectory.toPath()
                            : buildDirectory().resolve(GeneratorConfig.DEFAULT_EXPORT_FOLDER))
                    .exportFormats(formats == null ? null : Arrays.asList(formats.split(",")));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage() + " (check <formats> or -Dquiz.formats)");
        }
    }

}
