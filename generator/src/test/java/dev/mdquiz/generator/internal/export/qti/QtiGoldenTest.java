package dev.mdquiz.generator.internal.export.qti;

import dev.mdquiz.generator.internal.export.ExportBank;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Each kind of question as QTI 1.2, held element by element against a golden file that was checked against the
 * QTI 1.2 ASI binding and Canvas's own QTI exports (docs/export.md cites both), and each bank's warnings against
 * the list of what the format drops or approximates. {@code -Dqti.golden.update=true} rewrites the golden files
 * from the output, to be read and reviewed before they are committed.
 */
class QtiGoldenTest {
    private static final String GOLDEN = "export/qti/golden/";
    private static final boolean UPDATE = Boolean.getBoolean("qti.golden.update");

    @TempDir
    Path output;

    @ParameterizedTest
    @ValueSource(strings = {"single-choice", "multiple-select", "short-answer", "multiple-blanks", "numeric",
            "ordering", "matching", "images", "settings", "code"})
    void eachKindMatchesItsGoldenFile(String bank) throws IOException {
        ExportFixture course = ExportFixture.course("export/qti/course", output);
        ExportBank exported = course.bank(bank);
        Map<String, byte[]> zip = ExportFixture.entries(new QtiFormat().write(exported));
        List<String> warnings = ExportFixture.warnings(exported);
        String id = zip.keySet().stream().filter(name -> name.endsWith("/assessment_meta.xml")).findFirst()
                .orElseThrow().split("/")[0];

        compare(bank + ".xml", zip.get(id + "/" + id + ".xml"));
        if (bank.equals("images") || bank.equals("settings")) { // files, a description, an intro; settings
            compare(bank + ".meta.xml", zip.get(id + "/assessment_meta.xml"));
            compare(bank + ".manifest.xml", zip.get("imsmanifest.xml"));
        }
        String said = warnings.isEmpty() ? "" : String.join("\n", warnings) + "\n";
        if (UPDATE) {
            write(bank + ".warnings.txt", said.getBytes(StandardCharsets.UTF_8));
        } else {
            assertEquals(golden(bank + ".warnings.txt"), said, "the warnings of " + bank);
        }
    }

    private static void compare(String name, byte[] actual) throws IOException {
        assertNotNull(actual, name + " is missing from the zip");
        if (UPDATE) {
            write(name, actual);
            return;
        }
        Diff diff = DiffBuilder.compare(Input.fromString(golden(name)))
                .withTest(Input.fromByteArray(actual))
                .ignoreWhitespace()
                .checkForIdentical()
                .build();
        assertFalse(diff.hasDifferences(), () -> name + " differs from its golden file; the first difference: "
                + diff.getDifferences().iterator().next() + "\nthe output:\n"
                + new String(actual, StandardCharsets.UTF_8));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = QtiGoldenTest.class.getResourceAsStream("/" + GOLDEN + name)) {
            assertNotNull(in, "no golden file " + name + "; write it with -Dqti.golden.update=true and review it");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(String name, byte[] content) throws IOException {
        Path file = Path.of("src/test/resources", GOLDEN, name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
