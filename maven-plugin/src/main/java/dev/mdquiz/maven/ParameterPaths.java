package dev.mdquiz.maven;

import java.io.File;
import java.nio.file.Path;

/**
 * Path parameters as the goals use them. Run without a POM, Maven's stub project leaves {@code ${project.basedir}}
 * unresolved in defaults such as {@code ${project.basedir}/src/quiz}, and makes the path absolute from where Maven
 * runs: the folder the placeholder stands for already starts the path, so the placeholder only has to go.
 */
final class ParameterPaths {
    private static final String UNRESOLVED_BASEDIR = "${project.basedir}";

    private ParameterPaths() {
    }

    static Path of(File parameter) {
        String path = parameter.getPath();
        int at = path.indexOf(UNRESOLVED_BASEDIR);
        if (at < 0) {
            return parameter.toPath();
        }
        String before = path.substring(0, at);
        String after = path.substring(at + UNRESOLVED_BASEDIR.length()).replaceFirst("^[/\\\\]+", "");
        return before.isEmpty() ? Path.of(after.isEmpty() ? "." : after) : Path.of(before).resolve(after);
    }
}
