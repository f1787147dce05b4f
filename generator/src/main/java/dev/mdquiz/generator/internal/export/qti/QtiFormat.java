package dev.mdquiz.generator.internal.export.qti;

import dev.mdquiz.generator.internal.export.ExportBank;
import dev.mdquiz.generator.internal.export.ExportFormat;

/**
 * IMS QTI 1.2, as Canvas exports and imports quizzes and Blackboard and D2L import them: one zip per bank with a
 * manifest, one assessment and its images. See docs/export.md for what each kind of question becomes.
 */
public final class QtiFormat implements ExportFormat {
    @Override
    public String name() {
        return "qti";
    }

    @Override
    public String extension() {
        return ".zip";
    }

    @Override
    public byte[] write(ExportBank bank) {
        return QtiPackage.of(bank);
    }
}
