package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Quiz;
import dev.mdquiz.generator.model.SourcePosition;

import java.io.IOException;
import java.util.List;

/**
 * PLACEHOLDER until the export framework is merged (its own ExportBank replaces this file): a checked quiz, its
 * section titles, the course files it links to, and where warnings go.
 */
public record ExportBank(Quiz quiz, List<String> category, List<LocalLink> links, Files files, Warnings warnings) {
    public interface Files {
        byte[] read(LocalLink link) throws IOException;
    }

    public interface Warnings {
        void warn(SourcePosition at, String message);
    }
}
