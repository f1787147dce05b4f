package dev.mdquiz.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** quiz:import maps its parameters onto the importer and fails naming the one to fix. */
class ImportMojoTest {
    @TempDir
    Path base;

    private ImportMojo mojo(String file, String format) {
        ImportMojo mojo = MojoFixture.withDefaults(new ImportMojo(), base, false);
        mojo.file = base.resolve(file).toFile();
        mojo.importFormat = format;
        return mojo;
    }

    @Test
    void importsIntoTheSourceFolder() throws Exception {
        Files.writeString(base.resolve("old.txt"), "Which?\nA. this\nB. that\nANSWER: B\n");
        mojo("old.txt", "aiken").execute();
        assertEquals("---\ntitle: \"old\"\n---\n\n**1.** Which?\n\n- [ ] this\n- [x] that\n",
                Files.readString(base.resolve("src/quiz/old.md")));
    }

    @Test
    void aMissingFileFailsNamingTheParameter() {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo("gone.gift", null)::execute);
        assertEquals("cannot read gone.gift: no such file (check <file> or -Dquiz.file)", failure.getMessage());
    }

    @Test
    void anUnknownFormatFailsNamingTheParameter() throws Exception {
        Files.writeString(base.resolve("old.docx"), "text");
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo("old.docx", "docx")::execute);
        assertEquals("unknown import format 'docx': use gift, aiken or moodle-xml (check <importFormat> or"
                + " -Dquiz.importFormat)", failure.getMessage());
        failure = assertThrows(MojoFailureException.class, mojo("old.docx", null)::execute);
        assertTrue(failure.getMessage().endsWith("cannot tell the format of old.docx: name it gift, aiken or"
                + " moodle-xml (check <importFormat> or -Dquiz.importFormat)"), failure.getMessage());
    }
}
