package dev.mdquiz.maven;

import dev.mdquiz.generator.ImportConfig;
import dev.mdquiz.generator.ImportException;
import dev.mdquiz.generator.ImportFormat;
import dev.mdquiz.generator.ImportResult;
import dev.mdquiz.generator.QuizImporter;
import dev.mdquiz.generator.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns a GIFT, Aiken or Moodle XML file into Markdown banks in {@code sourceDirectory}, never over an existing
 * file; what the format cannot hold is reported at the file's line (docs/import.md).
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractQuizMojo {

    /** The file to import: {@code .gift}, Aiken {@code .txt} or Moodle {@code .xml}. */
    @Parameter(property = "quiz.file", required = true)
    File file;

    /** Its format when the name and content do not tell: {@code gift}, {@code aiken} or {@code moodle-xml}. */
    @Parameter(property = "quiz.importFormat")
    String importFormat;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Optional<ImportFormat> named = Optional.empty();
        if (importFormat != null && !importFormat.isBlank()) {
            named = ImportFormat.named(importFormat);
            if (named.isEmpty()) {
                throw new MojoFailureException("unknown import format '" + importFormat + "': use gift, aiken or moodle-xml"
                        + " (check <importFormat> or -Dquiz.importFormat)");
            }
        }
        Path base = baseDirectory();
        Path imported = base.resolve(file.toPath());
        Path sources = base.resolve(ParameterPaths.of(sourceDirectory));
        ImportResult result;
        try {
            result = new QuizImporter(new ImportConfig(imported, named, sources, base)).run();
        } catch (ImportException e) {
            throw Failures.of(e);
        }
        result.diagnostics().forEach(this::log);
        String problems = count(result.count(Severity.ERROR), "error", "errors") + ", "
                + count(result.count(Severity.WARNING), "warning", "warnings");
        if (result.failed()) {
            throw new MojoFailureException("Imported nothing from " + display(imported) + ": " + problems);
        }
        getLog().info("Imported " + count(result.questions(), "question", "questions") + " into "
                + count(result.banks(), "bank", "banks") + " in " + display(sources)
                + " (" + count(result.written().size(), "file", "files") + " written): " + problems);
    }
}
