package dev.mdquiz.maven;

import dev.mdquiz.generator.DefaultTheme;
import dev.mdquiz.generator.QuizBuildException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** Copies the default theme into the project, where any file can be edited; files already there are kept. */
@Mojo(name = "eject-theme", requiresProject = false, threadSafe = true)
public class EjectThemeMojo extends AbstractMojo {

    /** Where the theme goes; the generate goal reads it from the same parameter. */
    @Parameter(property = "quiz.themeDirectory", defaultValue = "${project.basedir}/src/quiz-theme")
    private File themeDirectory;

    /** Replace files that are already in the theme folder. */
    @Parameter(property = "quiz.overwrite", defaultValue = "false")
    private boolean overwrite;

    @Override
    public void execute() throws MojoFailureException {
        try {
            Path theme = ParameterPaths.of(themeDirectory);
            List<String> written = DefaultTheme.copyTo(theme, overwrite);
            int kept = DefaultTheme.files().size() - written.size();
            getLog().info("Copied " + written.size() + " theme files to " + theme
                    + (kept > 0 ? " (kept " + kept + " existing; -Dquiz.overwrite replaces them)" : ""));
        } catch (QuizBuildException e) {
            throw Failures.of(e);
        }
    }
}
