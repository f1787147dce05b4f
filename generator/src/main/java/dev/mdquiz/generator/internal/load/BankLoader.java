package dev.mdquiz.generator.internal.load;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.Severity;
import dev.mdquiz.generator.SourceDirectoryException;

import java.io.IOException;
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

/** Load stage: finds the banks under the source directory and decodes them as strict UTF-8. */
public final class BankLoader {
    private final Path sourceDirectory;
    private final Path displayRoot;

    public BankLoader(Path sourceDirectory, Path displayRoot) {
        this.sourceDirectory = sourceDirectory;
        this.displayRoot = displayRoot;
    }

    /** Every visible file under the source directory, in a stable order independent of the file system's. */
    public List<Path> findFiles() throws SourceDirectoryException {
        if (!Files.isDirectory(sourceDirectory)) {
            throw new SourceDirectoryException(sourceDirectory, "source directory {} does not exist", null);
        }
        try (Stream<Path> files = Files.walk(sourceDirectory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !hidden(sourceDirectory.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new SourceDirectoryException(sourceDirectory, "cannot list source directory {}", e);
        }
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

    /** Reads one bank; a problem becomes a diagnostic in {@code problems} and the result is null. */
    public SourceFile load(Path file, List<Diagnostic> problems) {
        String displayPath = slashes(displayRoot.relativize(file));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new Diagnostic(displayPath, 1, 1, Severity.ERROR, "cannot read file: " + describe(e)));
            return null;
        }
        String text = decodeUtf8(bytes, displayPath, problems);
        if (text == null) {
            return null;
        }
        String relative = slashes(sourceDirectory.relativize(file));
        String id = relative.substring(0, relative.length() - ".md".length());
        return new SourceFile(id, displayPath, text);
    }

    private static String decodeUtf8(byte[] bytes, String displayPath, List<Diagnostic> problems) {
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
            problems.add(new Diagnostic(displayPath, line, offset - lineStart + 1, Severity.ERROR,
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

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
