package dev.mdquiz.generator.internal.load;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.SourceDirectoryException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Load stage: finds the banks under the source directory and decodes them as strict UTF-8. Nothing outside the
 * source directory is read: a file that is a symbolic link out of it is an error, and so is a linked folder.
 */
public final class BankLoader {
    /** Banks and {@code _section.md} files above this size are refused before they are read (documented in the README). */
    public static final long MAX_BYTES = 5_000_000;

    private final Path sourceDirectory;
    private final Path realSourceDirectory;
    private final Path displayRoot;
    private final List<Path> skippedFolders;

    private BankLoader(Path sourceDirectory, Path realSourceDirectory, Path displayRoot, List<Path> skippedFolders) {
        this.sourceDirectory = sourceDirectory;
        this.realSourceDirectory = realSourceDirectory;
        this.displayRoot = displayRoot;
        this.skippedFolders = List.copyOf(skippedFolders);
    }

    /** @param skippedFolders the generator's own folders inside the source directory, never read as sources */
    public static BankLoader open(Path sourceDirectory, Path displayRoot, List<Path> skippedFolders)
            throws SourceDirectoryException {
        if (!Files.isDirectory(sourceDirectory)) {
            throw new SourceDirectoryException(sourceDirectory, "source directory {} does not exist", null);
        }
        try {
            return new BankLoader(sourceDirectory, sourceDirectory.toRealPath(), displayRoot, skippedFolders);
        } catch (IOException e) {
            throw new SourceDirectoryException(sourceDirectory, "cannot read source directory {}", e);
        }
    }

    /**
     * Every visible file under the source directory, in a stable order independent of the file system's. Linked
     * folders are not followed; one that leads outside the source directory is reported in {@code problems}.
     */
    public List<Path> findFiles(List<Diagnostic> problems) throws SourceDirectoryException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceDirectory)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (hidden(sourceDirectory.relativize(file)) || skippedFolders.stream().anyMatch(file::startsWith)) {
                    continue;
                }
                if (Files.isSymbolicLink(file) && Files.isDirectory(file)) {
                    if (!insideAfterLinks(file)) {
                        problems.add(error(displayPath(file), "this folder is a symbolic link that leads outside the"
                                + " source directory; nothing in it is read or published"));
                    }
                } else if (Files.isRegularFile(file)) {
                    found.add(file);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new SourceDirectoryException(sourceDirectory, "cannot list source directory {}", e);
        }
        return found;
    }

    /** A bank is a {@code .md} file with no {@code _} at the start of its name or folders ({@code _section.md}, {@code _drafts/}). */
    public boolean isBank(Path file) {
        Path relative = sourceDirectory.relativize(file);
        for (Path part : relative) {
            if (part.toString().startsWith("_")) {
                return false;
            }
        }
        return relative.toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    /** A folder's description for the course index. */
    public boolean isSectionFile(Path file) {
        return file.getFileName().toString().equals("_section.md");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file, once symbolic links are followed, is inside the source directory; false when unknown. */
    public boolean insideAfterLinks(Path file) {
        try {
            return file.toRealPath().startsWith(realSourceDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads a file to publish as it is; one that leads outside the source directory (since it was checked) is refused. */
    public static byte[] readAsset(Path sourceDirectory, Path file) throws IOException {
        if (!file.toRealPath().startsWith(sourceDirectory.toRealPath())) {
            throw new IOException(file + " leads outside the source directory; nothing outside it is read");
        }
        return Files.readAllBytes(file);
    }

    /** The file's path as diagnostics show it. */
    public String displayPath(Path file) {
        return slashes(displayRoot.relativize(file));
    }

    /**
     * Reads one bank; a problem goes to its {@code report} and the result is null. A file that leads
     * outside the source directory or is over {@link #MAX_BYTES} is refused before a byte of it is read.
     */
    public SourceFile load(Path file, Report report) {
        String displayPath = report.path();
        if (!insideAfterLinks(file)) {
            report.add(error(displayPath, "this file is a symbolic link that leads outside the source directory;"
                    + " nothing outside it is read or published"));
            return null;
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            bytes = size > MAX_BYTES ? null : readAtMost(file, MAX_BYTES);
            if (bytes == null) {
                report.add(error(displayPath, "this file is " + megabytes(Math.max(size, MAX_BYTES + 1))
                        + "; banks are limited to " + megabytes(MAX_BYTES) + ": split it"));
                return null;
            }
        } catch (IOException e) {
            report.add(error(displayPath, "cannot read file: " + describe(e)));
            return null;
        }
        String text = decodeUtf8(bytes, report);
        if (text == null) {
            return null;
        }
        String relative = slashes(sourceDirectory.relativize(file));
        String id = relative.substring(0, relative.length() - ".md".length());
        return new SourceFile(id, displayPath, text);
    }

    /** The content, or null when there is more than {@code limit} bytes (a file may grow, or lie about its size). */
    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            return bytes.length > limit ? null : bytes;
        }
    }

    /** Rounded up, so that a file just over the limit never reads as the limit itself. */
    private static String megabytes(long bytes) {
        long tenths = (bytes + 99_999) / 100_000;
        return tenths % 10 == 0 ? tenths / 10 + " MB" : tenths / 10 + "." + tenths % 10 + " MB";
    }

    private static Diagnostic error(String displayPath, String message) {
        return new Diagnostic(displayPath, 1, 1, Severity.ERROR, message);
    }

    private static String decodeUtf8(byte[] bytes, Report report) {
        // the JDK's own decoding is the fast one; it replaces malformed bytes with U+FFFD, and only a text that holds
        // one (perhaps written by the author) needs the strict decoder, which finds where the bytes go wrong
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            report.add(new Diagnostic(report.path(), line, offset - lineStart + 1, Severity.ERROR,
                    "file is not valid UTF-8 (byte offset " + offset + "); save it with UTF-8 encoding"));
            return null;
        }
        out.flip();
        return out.toString();
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (message == null ? "" : " " + message);
    }

    /** A relative path as the site and the reports name it: forward slashes on every system. */
    public static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
