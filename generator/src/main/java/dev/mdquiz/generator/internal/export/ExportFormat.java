package dev.mdquiz.generator.internal.export;

import java.io.IOException;

/** One LMS format: one file per bank, under a folder of its own in the export directory. */
public interface ExportFormat {
    /** Its folder and its name in the {@code formats} parameter: "moodle", "gift", "qti", "scorm". */
    String name();

    /** The ending of each bank's file: ".xml", ".txt", ".zip". */
    String extension();

    /**
     * The bank's file, whole. What the format cannot hold is reported through {@code bank.warnings()}, never
     * silently changed. Called once per bank and build to learn its warnings and hash, and again when the file
     * must be written: the same bank gives the same bytes.
     */
    byte[] write(ExportBank bank) throws IOException;
}
