package dev.mdquiz.generator.internal.export;

import dev.mdquiz.generator.internal.load.BankLoader;
import dev.mdquiz.generator.model.LocalLink;
import dev.mdquiz.generator.model.Quiz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One checked bank as an export format sees it.
 *
 * @param quiz            the checked quiz (a bank with errors is never exported)
 * @param category        the titles of its sections from the course's top: the course's title first, then each
 *                        folder's down to the bank's own; Moodle categories, QTI titles
 * @param sourceDirectory the course's source folder, the only place {@link #read} reads from
 * @param warnings        where the format reports what it dropped or approximated
 */
public record ExportBank(Quiz quiz, List<String> category, Path sourceDirectory, ExportWarnings warnings) {
    public ExportBank {
        category = List.copyOf(category);
    }

    /** The bank's file in a format's folder: its path under the source folder, with the format's ending. */
    public String outputPath(ExportFormat format) {
        return quiz.id() + format.extension();
    }

    /**
     * The bytes of a course file a link or image of the bank points at. Refused (an {@link IOException}) when it
     * lies outside the source folder, also after following symbolic links: nothing else is ever read.
     */
    public byte[] read(LocalLink link) throws IOException {
        Path source = sourceDirectory.toAbsolutePath().normalize();
        Path folder = source.resolve(quiz.id()).getParent();
        Path file = folder.resolve(link.path()).normalize();
        if (!file.startsWith(source) || link.path().startsWith("/")) {
            throw new IOException(link.path() + " lies outside the source folder; nothing outside it is read");
        }
        return BankLoader.readAsset(source, file);
    }

    /** The file name of what a link points at, without folders: {@code flow.svg} of {@code img/flow.svg}. */
    public static String fileName(LocalLink link) {
        String path = link.path().replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
