package dev.mdquiz.generator.browser;

import dev.mdquiz.generator.ExportResult;
import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** SCORM packages exported from a test course (quiz:export's API) and unzipped, as an LMS unpacks an uploaded one. */
final class ScormPackages {
    private ScormPackages() {
    }

    /** scorm-again's SCORM 1.2 run-time, installed by the generator's pom (npm ci in src/test/node/scorm). */
    static Path scormAgain() {
        Path script = Path.of(System.getProperty("basedir", "."), "src", "test", "node", "scorm", "node_modules",
                "scorm-again", "dist", "scorm12.js").toAbsolutePath().normalize();
        if (!Files.isRegularFile(script)) {
            fail(script + " is missing: mvn verify installs it (npm ci in src/test/node/scorm)");
        }
        return script;
    }

    /** Exports every bank of the site as SCORM packages, into {@code exportDirectory}/scorm/. */
    static ExportResult exportAll(Site site, Path exportDirectory) throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(site.source, site.output).siteTitle("Test course")
                .exportDirectory(exportDirectory).exportFormats(List.of("scorm")).build();
        ExportResult result = new QuizGenerator(config).export();
        assertEquals(List.of("scorm"), result.formats());
        return result;
    }

    /**
     * @param folder where it is unzipped, under the served folder
     * @param launch the page the manifest launches, relative to {@code folder}
     */
    record Unpacked(String folder, String launch) {
    }

    /** Unzips a bank's package into {@code into}, refusing entries that would land outside it. */
    static Unpacked unzip(Path exportDirectory, String quizId, Path into) throws IOException {
        try (InputStream file = Files.newInputStream(exportDirectory.resolve("scorm").resolve(quizId + ".zip"));
             ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), "entry inside the package: " + entry.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        assertTrue(Files.isRegularFile(into.resolve("imsmanifest.xml")), "the package has its manifest");
        return new Unpacked(into.getFileName().toString(), quizId + ".html");
    }
}
