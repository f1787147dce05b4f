package dev.mdquiz.generator.browser;

import dev.mdquiz.generator.GeneratorConfig;
import dev.mdquiz.generator.QuizGenerator;
import dev.mdquiz.generator.internal.cache.BuildCache;
import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.export.ScormFormat;
import dev.mdquiz.generator.internal.load.BankLoader;
import dev.mdquiz.generator.model.Quiz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** SCORM packages exported from a test course and unzipped, as an LMS unpacks an uploaded one. */
final class ScormPackages {
    /** scorm-again's SCORM 1.2 run-time, installed by the generator's pom (npm ci in src/test/node/scorm). */
    static Path scormAgain() {
        Path script = Path.of(System.getProperty("basedir", "."), "src", "test", "node", "scorm", "node_modules",
                "scorm-again", "dist", "scorm12.js").toAbsolutePath().normalize();
        if (!Files.isRegularFile(script)) {
            fail(script + " is missing: mvn verify installs it (npm ci in src/test/node/scorm)");
        }
        return script;
    }

    /**
     * @param folder where it is unzipped, under the served folder
     * @param launch the page the manifest launches, relative to {@code folder}
     */
    record Exported(String folder, String launch, List<String> warnings) {
    }

    static Exported export(Site site, String quizId, Path into) throws Exception {
        GeneratorConfig config = GeneratorConfig.builder(site.source, site.output).siteTitle("Test course").build();
        Quiz quiz = new QuizGenerator(config).read().quizzes().stream().filter(q -> q.id().equals(quizId))
                .findFirst().orElseThrow();
        List<String> warnings = new ArrayList<>();
        Path bankFolder = site.source.resolve(quizId).getParent();
        ExportBank bank = new ExportBank(quiz, List.of(), quiz.links(),
                link -> BankLoader.readAsset(site.source, bankFolder.resolve(link.path()).normalize()),
                (at, message) -> warnings.add(at.line() + ":" + at.column() + ": " + message));
        byte[] zip = new ScormFormat(config, BuildCache.open(site.source.getParent().resolve("cache"))).write(bank);
        unzip(zip, into);
        assertTrue(Files.isRegularFile(into.resolve("imsmanifest.xml")), "the package has its manifest");
        return new Exported(into.getFileName().toString(), quizId + ".html", warnings);
    }

    private static void unzip(byte[] zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path file = into.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(into), "entry inside the package: " + entry.getName());
                Files.createDirectories(file.getParent());
                Files.write(file, in.readAllBytes());
            }
        }
    }
}
