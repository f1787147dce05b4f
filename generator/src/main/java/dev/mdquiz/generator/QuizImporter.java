package dev.mdquiz.generator;

import dev.mdquiz.generator.internal.importer.Importer;

/**
 * Turns a GIFT, Aiken or Moodle XML file into Markdown banks in the source folder (docs/import.md). It never
 * overwrites a file: when a bank, section or image it would write exists, it writes nothing and says which. What
 * the format cannot hold is reported at the imported file's line; errors also write nothing.
 */
public final class QuizImporter {
    private final ImportConfig config;

    public QuizImporter(ImportConfig config) {
        this.config = config;
    }

    public ImportResult run() throws ImportException {
        return new Importer(config).run();
    }
}
