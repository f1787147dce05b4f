package dev.mdquiz.maven;

import dev.mdquiz.generator.BuildResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.InvalidBanksException;
import dev.mdquiz.generator.PreviewServer;
import dev.mdquiz.generator.QuizBuildException;
import dev.mdquiz.generator.Setting;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Builds the site into a preview folder and serves it on this machine, rebuilding as banks and theme files change
 * and reloading the open pages that changed; problems show in the terminal and on the pages. Ctrl+C stops it.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractQuizMojo {

    /** Folder the preview is built into, never the published site; defaults to {@code target/quiz-preview}. */
    @Parameter(property = "quiz.previewDirectory")
    File previewDirectory;

    /** The preview's own build state; defaults to {@code target/quiz-preview-cache}. */
    @Parameter(property = "quiz.previewCacheDirectory")
    File previewCacheDirectory;

    /** Address to listen on; the default lets nothing but this machine see the preview. */
    @Parameter(property = "quiz.host", defaultValue = PreviewServer.DEFAULT_HOST)
    String host;

    /** Port to listen on; when it is taken, the next free one is used. */
    @Parameter(property = "quiz.port", defaultValue = "" + PreviewServer.DEFAULT_PORT)
    int port;

    /** Skips this goal. */
    @Parameter(property = "quiz.serve.skip", defaultValue = "false")
    boolean skip;

    private List<String> shownWarnings = List.of();

    @Override
    Path siteDirectory() {
        return previewDirectory != null ? previewDirectory.toPath()
                : buildDirectory().resolve(PreviewServer.DEFAULT_PREVIEW_FOLDER);
    }

    @Override
    Path cacheFolder() {
        return previewCacheDirectory != null ? previewCacheDirectory.toPath()
                : buildDirectory().resolve(PreviewServer.DEFAULT_PREVIEW_CACHE_FOLDER);
    }

    /** The preview's folders are set by parameters of their own. */
    static String parameter(Setting setting) {
        return setting == Setting.OUTPUT_DIRECTORY ? "previewDirectory"
                : setting == Setting.CACHE_DIRECTORY ? "previewCacheDirectory" : setting.parameter();
    }

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping quiz preview (quiz.serve.skip=true)");
            return;
        }
        GeneratorConfig config = config();
        if (config.outputDirectory().equals(ParameterPaths.of(outputDirectory).toAbsolutePath().normalize())) {
            throw new MojoFailureException("previewDirectory " + config.outputDirectory() + " is outputDirectory: the"
                    + " preview never writes the published site (set <previewDirectory> or -Dquiz.previewDirectory)");
        }
        try (PreviewServer preview = PreviewServer.builder(config).host(host).port(port).listener(new Terminal()).start()) {
            getLog().info("Serving " + preview.url());
            preview.awaitStop();
        } catch (QuizBuildException e) {
            throw Failures.of(e, ServeMojo::parameter);
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoFailureException("cannot serve the preview: " + e.getMessage()
                    + " (check <host> and <port>, or -Dquiz.host and -Dquiz.port)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reports builds as generate does: diagnostics like a compiler's, then one line. */
    private final class Terminal implements PreviewServer.Listener {
        @Override
        public void built(BuildResult result, List<String> changed, Duration took) {
            List<String> warnings = result.warnings().stream().map(Object::toString).toList();
            if (!warnings.equals(shownWarnings)) {
                result.warnings().forEach(ServeMojo.this::log);
                shownWarnings = warnings;
            }
            getLog().info("Built " + count(result.quizzes(), "quiz", "quizzes") + " with "
                    + count(result.questions(), "question", "questions") + " in " + took.toMillis() + " ms: "
                    + (changed.isEmpty() ? "nothing changed" : count(changed.size(), "file", "files") + " changed"));
        }

        @Override
        public void failed(QuizBuildException failure, Duration took) {
            shownWarnings = List.of();
            if (failure instanceof InvalidBanksException invalid) {
                invalid.diagnostics().forEach(ServeMojo.this::log);
            }
            getLog().error("Build failed: " + Failures.message(failure, ServeMojo::parameter)
                    + "; serving the last good pages");
        }

        @Override
        public void trouble(String message) {
            getLog().warn(message);
        }
    }
}
