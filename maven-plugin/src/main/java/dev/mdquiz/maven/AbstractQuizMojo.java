package dev.mdquiz.maven;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.InvalidBanksException;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.Severity;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** Parameters and error reporting shared by the goals; each goal only maps them and runs the generator. */
abstract class AbstractQuizMojo extends AbstractMojo {

    /** Folder searched recursively for {@code .md} question banks. */
    @Parameter(property = "quiz.sourceDirectory", defaultValue = "${project.basedir}/src/quiz")
    File sourceDirectory;

    /** Folder the site is written to. */
    @Parameter(property = "quiz.outputDirectory", defaultValue = "${project.build.directory}/quiz-site")
    File outputDirectory;

    /** Title of the course index page; defaults to the project's name. */
    @Parameter(property = "quiz.siteTitle")
    String siteTitle;

    /**
     * Language (a BCP 47 tag) of the index and of pages whose front matter sets no {@code lang}. The theme has UI text
     * in en, de, fr, es and ar; other tags fall back to their base language, then to English.
     */
    @Parameter(property = "quiz.language", defaultValue = "en")
    String language;

    /** Folder whose files replace the default theme's files of the same name (see quiz:eject-theme). */
    @Parameter(property = "quiz.themeDirectory", defaultValue = "${project.basedir}/src/quiz-theme")
    File themeDirectory;

    /** Order of quizzes and sections where front matter gives none: PATH (file names) or TITLE. */
    @Parameter(property = "quiz.ordering", defaultValue = "PATH")
    GeneratorConfig.Ordering ordering;

    /** Glob patterns, relative to sourceDirectory, of files to publish although no bank links to them. */
    @Parameter
    List<String> resources;

    /** Mixed into every answer-key salt, so keys differ between sites that share banks. */
    @Parameter(property = "quiz.keySecret")
    String keySecret;

    /**
     * PBKDF2 iterations of fill-in and numeric answer keys (0 or 1: one plain salted SHA-256). The default makes a
     * check take about 50 ms in the browser; see docs/answer-keys.md.
     */
    @Parameter(property = "quiz.keyIterations", defaultValue = "" + GeneratorConfig.DEFAULT_KEY_ITERATIONS)
    int keyIterations;

    /** PBKDF2 iterations of choice, ordering and matching keys; 0 or 1 means one plain salted SHA-256. */
    @Parameter(property = "quiz.choiceKeyIterations", defaultValue = "0")
    int choiceKeyIterations;

    /**
     * Where readable answer keys for teachers are written (Markdown and CSV per quiz); never published. Defaults to
     * {@code ${project.build.directory}/quiz-answer-keys} whatever the output folder (without a POM:
     * {@code target/quiz-answer-keys} in the current folder). Set elsewhere, it is warned about.
     */
    @Parameter(property = "quiz.answerKeyDirectory")
    File answerKeyDirectory;

    /**
     * Build state kept between runs, derived answer keys included; never published. Defaults to
     * {@code ${project.build.directory}/quiz-site-cache} (without a POM: {@code target/quiz-site-cache} in the
     * current folder). Set elsewhere, it is warned about.
     */
    @Parameter(property = "quiz.cacheDirectory")
    File cacheDirectory;

    /** Fail the build on warnings in banks, not only on errors. */
    @Parameter(property = "quiz.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** Diagnostics and the summary show paths relative to this. */
    Path baseDirectory() {
        // without a POM the stub project has no base directory; paths are then relative to where mvn runs
        File base = project.getBasedir() != null ? project.getBasedir() : new File(session.getExecutionRootDirectory());
        return base.toPath().toAbsolutePath();
    }

    /**
     * Where private files go: the project's build directory; without a POM (whose stub project has no build
     * directory of its own) {@code target} where Maven runs when the source folder is in it, else {@code target}
     * beside the source folder. Either is covered by the usual {@code .gitignore}, and a rebuild started from a
     * folder elsewhere (a subfolder, a tools folder) finds the state a build from the course's folder left.
     */
    Path buildDirectory() {
        if (project.getFile() != null) {
            return Path.of(project.getBuild().getDirectory()).toAbsolutePath();
        }
        Path sources = ParameterPaths.of(sourceDirectory).toAbsolutePath().normalize();
        Path base = baseDirectory().normalize();
        Path besideTheSources = sources.getParent();
        return (sources.startsWith(base) || besideTheSources == null ? base : besideTheSources).resolve("target");
    }

    /** Fails with a message naming the parameter when one has a value the generator rejects. */
    GeneratorConfig config() throws MojoFailureException {
        String title = siteTitle != null ? siteTitle : project.getFile() == null ? null : project.getName();
        try {
            return configure(builder(title)).build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** A goal's own settings on top of the shared ones (the export's folder and formats); none by default. */
    GeneratorConfig.Builder configure(GeneratorConfig.Builder builder) throws MojoFailureException {
        return builder;
    }

    /** Where the site goes: {@code outputDirectory}; the preview writes a folder of its own. */
    Path siteDirectory() {
        return ParameterPaths.of(outputDirectory);
    }

    /** Build state between runs: {@code cacheDirectory}; the preview keeps its own. */
    Path cacheFolder() {
        return cacheDirectory != null ? cacheDirectory.toPath()
                : buildDirectory().resolve(GeneratorConfig.DEFAULT_CACHE_FOLDER);
    }

    private GeneratorConfig.Builder builder(String title) {
        return GeneratorConfig.builder(ParameterPaths.of(sourceDirectory), siteDirectory())
                .displayRoot(baseDirectory())
                .siteTitle(title)
                .siteLanguage(language)
                .themeDirectory(themeDirectory == null ? null : ParameterPaths.of(themeDirectory))
                .ordering(ordering)
                .resources(resources)
                .keySecret(keySecret)
                .keyIterations(keyIterations)
                .choiceKeyIterations(choiceKeyIterations)
                .buildDirectory(buildDirectory())
                .answerKeyDirectory(answerKeyDirectory != null ? answerKeyDirectory.toPath()
                        : buildDirectory().resolve(GeneratorConfig.DEFAULT_ANSWER_KEY_FOLDER))
                .cacheDirectory(cacheFolder())
                .failOnWarning(failOnWarning);
    }

    void log(Diagnostic diagnostic) {
        if (diagnostic.severity() == Severity.ERROR) {
            getLog().error(diagnostic.toString());
        } else {
            getLog().warn(diagnostic.toString());
        }
    }

    /** Logs the diagnostics of invalid banks; the message names the parameter to fix (see {@link Failures}). */
    MojoFailureException failure(QuizBuildException e) {
        if (e instanceof InvalidBanksException invalid) {
            invalid.diagnostics().forEach(this::log);
        }
        return Failures.of(e);
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    String display(Path path) {
        Path base = baseDirectory();
        return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
    }
}
