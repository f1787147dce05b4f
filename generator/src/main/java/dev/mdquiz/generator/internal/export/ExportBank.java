package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.SourcePosition;

import java.io.IOException;
import java.util.List;

/**
 * PLACEHOLDER until the export framework lands (qti branch builds against the contract): a checked quiz, its
 * category, its course files and where its warnings go.
 */
public record ExportBank(Quiz quiz, List<String> category, Files files, Warnings warnings) {
    public ExportBank {
        category = List.copyOf(category);
    }

    /** Reads a course file a link or image of the bank points at. */
    public interface Files {
        byte[] read(LocalLink link) throws IOException;
    }

    /** Where a format says what it dropped or approximated. */
    public interface Warnings {
        void warning(SourcePosition at, String message);
    }
}
