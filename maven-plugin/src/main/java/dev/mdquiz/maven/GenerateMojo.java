package dev.mdquiz.maven;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.InvalidBanksException;
import dev.mdquiz.generator.OutputDirectoryException;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.QuizGenerator;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.SourceDirectoryException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;

/** Generates the quiz site: one self-grading page per Markdown bank, plus a course index. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** Folder searched recursively for {@code .md} question banks. */
    @Parameter(property = "quiz.sourceDirectory", defaultValue = "${project.basedir}/src/quiz")
    private File sourceDirectory;

    /** Folder the site is written to. */
    @Parameter(property = "quiz.outputDirectory", defaultValue = "${project.build.directory}/quiz-site")
    private File outputDirectory;

    /** Title of the course index page; defaults to the project's name. */
    @Parameter(property = "quiz.siteTitle")
    private String siteTitle;

    /** Mixed into every answer-key salt, so keys differ between sites that share banks. */
    @Parameter(property = "quiz.keySecret")
    private String keySecret;

    /** Skips this goal. */
    @Parameter(property = "quiz.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping quiz generation (quiz.skip=true)");
            return;
        }
        // without a POM the stub project has no base directory; paths are then shown relative to where mvn runs
        File base = project.getBasedir() != null ? project.getBasedir() : new File(session.getExecutionRootDirectory());
        Path baseDirectory = base.toPath().toAbsolutePath();
        GeneratorConfig config = GeneratorConfig.builder(sourceDirectory.toPath(), outputDirectory.toPath())
                .displayRoot(baseDirectory)
                .siteTitle(siteTitle != null ? siteTitle : projectName())
                .keySecret(keySecret)
                .build();
        try {
            BuildResult result = new QuizGenerator(config).generate();
            result.warnings().forEach(this::log);
            getLog().info("Generated " + count(result.quizzes(), "quiz", "quizzes") + " with "
                    + count(result.questions(), "question", "questions") + " in "
                    + display(baseDirectory, result.outputDirectory()));
        } catch (InvalidBanksException e) {
            e.diagnostics().forEach(this::log);
            throw new MojoFailureException(e.getMessage());
        } catch (SourceDirectoryException e) {
            throw new MojoFailureException(e.getMessage() + " (set <sourceDirectory> or -Dquiz.sourceDirectory)");
        } catch (OutputDirectoryException e) {
            throw new MojoExecutionException(e.getMessage() + " (check <outputDirectory> or -Dquiz.outputDirectory)");
        } catch (QuizBuildException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private String projectName() {
        // without a POM Maven supplies a stub project whose name means nothing to the reader
        return project.getFile() == null ? null : project.getName();
    }

    private void log(Diagnostic diagnostic) {
        if (diagnostic.severity() == Severity.ERROR) {
            getLog().error(diagnostic.toString());
        } else {
            getLog().warn(diagnostic.toString());
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String display(Path base, Path path) {
        return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
    }
}
