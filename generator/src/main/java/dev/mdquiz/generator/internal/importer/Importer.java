package dev.mdquiz.generator.internal.importer;

import dev.mdquiz.generator.Diagnostic;
import dev.mdquiz.generator.ImportConfig;
import dev.mdquiz.generator.ImportException;
import dev.mdquiz.generator.ImportFormat;
import dev.mdquiz.generator.ImportResult;
import dev.mdquiz.generator.Setting;
import dev.mdquiz.generator.internal.report.Report;
import dev.mdquiz.generator.internal.write.AtomicFile;
import dev.mdquiz.generator.model.SourcePosition;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One import: reads the file with its format's reader, plans where each bank, folder {@code _section.md} and image
 * goes, refuses the whole import when any of them exists (or would land outside the source folder), then writes
 * each through a temporary file.
 */
public final class Importer {
    private static final int MAX_BYTES = 50 * 1024 * 1024;

    private final ImportConfig config;

    public Importer(ImportConfig config) {
        this.config = config;
    }

    public ImportResult run() throws ImportException {
        Path file = config.file();
        byte[] bytes = read(file);
        Report report = new Report(display(file));
        String text = decode(bytes, report);
        ImportFormat format = config.format().or(() -> ImportFormat.detect(file, text == null ? "" : text))
                .orElseThrow(() -> new ImportException(Setting.IMPORT_FORMAT, "cannot tell the format of " + display(file)
                        + ": name it gift, aiken or moodle-xml", null));
        List<ImportedBank> banks;
        if (format == ImportFormat.MOODLE_XML) {
            banks = new MoodleXmlReader(report).read(bytes);
        } else if (text == null) {
            banks = List.of();
        } else if (format == ImportFormat.GIFT) {
            banks = new GiftReader(report).read(text);
        } else {
            banks = new AikenReader(report).read(text);
        }
        if (banks.isEmpty() && !report.hasErrors()) {
            report.error(SourcePosition.START, "found no question to import in " + format.id() + " format");
        }
        Map<Path, byte[]> files = plan(banks, stem(file), report);
        List<Path> written = new ArrayList<>();
        if (!report.hasErrors()) {
            written = write(files);
        }
        int questions = banks.stream().mapToInt(bank -> bank.questions().size()).sum();
        List<Diagnostic> diagnostics = new ArrayList<>(report.diagnostics());
        diagnostics.sort(Diagnostic.ORDER);
        return new ImportResult(written, banks.size(), questions, diagnostics);
    }

    private byte[] read(Path file) throws ImportException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(Setting.IMPORT_FILE, display(file) + " is larger than 50 MB", null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(Setting.IMPORT_FILE, "cannot read " + display(file) + ": no such file", e);
        } catch (IOException e) {
            throw new ImportException(Setting.IMPORT_FILE, "cannot read " + display(file) + ": " + e.getMessage(), e);
        }
    }

    /** UTF-8 without its BOM and with line ends as {@code \n}; null (and an error at the bad byte's line) if not UTF-8. */
    private static String decode(byte[] bytes, Report report) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never decodes to more chars than bytes
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) { // the decoder stops at the bad byte
                line += bytes[i] == '\n' ? 1 : 0;
            }
            report.error(new SourcePosition(line, 1), "the file is not UTF-8: save it as UTF-8 and import it again");
            return null;
        }
        String text = out.flip().toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Each file to write, by its absolute path; clashes with existing files and escapes are errors. */
    private Map<Path, byte[]> plan(List<ImportedBank> banks, String sourceName, Report report) {
        Path root = config.sourceDirectory();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (ImportedBank bank : banks) {
            List<String> names = bank.category().isEmpty() ? List.of(sourceName) : bank.category();
            Path folder = root;
            for (String name : names.subList(0, names.size() - 1)) {
                folder = folder.resolve(CategoryPath.fileName(name));
                Path section = folder.resolve("_section.md");
                if (!Files.exists(section) && !files.containsKey(section)) {
                    files.put(section, ("---\ntitle: " + BankMarkdown.yamlString(name) + "\n---\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            String base = CategoryPath.fileName(names.get(names.size() - 1));
            if (base.equalsIgnoreCase("index")) {
                base = base + "-quiz"; // index.md would be the course index's page
            }
            Path target = folder.resolve(base + ".md");
            // two categories whose names read the same as files (or differ in case only) get numbered names
            for (int n = 2; !taken.add(target.toString().toLowerCase(Locale.ROOT)); n++) {
                target = folder.resolve(base + "-" + n + ".md");
            }
            files.put(target, BankMarkdown.write(bank, names.get(names.size() - 1), report).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> image : bank.files().entrySet()) {
                files.put(target.getParent().resolve(image.getKey()).normalize(), image.getValue());
            }
        }
        for (Path path : files.keySet()) {
            if (!path.normalize().startsWith(root) || !staysInside(root, path)) {
                report.error(SourcePosition.START, "would write " + display(path) + " outside the source folder "
                        + display(root) + "; nothing was written");
            } else if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                report.error(SourcePosition.START, display(path) + " exists; import never overwrites a file, so"
                        + " nothing was written: move it away, or import into another sourceDirectory");
            }
        }
        return files;
    }

    private List<Path> write(Map<Path, byte[]> files) throws ImportException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            try {
                AtomicFile.createNew(file.getKey(), file.getValue());
                written.add(file.getKey());
            } catch (IOException e) {
                throw new ImportException(Setting.SOURCE_DIRECTORY, "cannot write " + display(file.getKey()) + ": "
                        + e.getMessage() + (written.isEmpty() ? "" : "; written before it: " + written.stream()
                        .map(this::display).toList()), e);
            }
        }
        return written;
    }

    /** Whether the deepest folder of {@code path} that exists is, with symbolic links resolved, inside {@code root}. */
    private static boolean staysInside(Path root, Path path) {
        try {
            Path existing = path.getParent();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || !Files.exists(root)) {
                return existing == null || existing.startsWith(root) || root.startsWith(existing);
            }
            Path realRoot = root.toRealPath();
            Path real = existing.toRealPath();
            // a folder above the source folder that exists yet (the source folder itself is still to be made)
            return real.startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path root = config.displayRoot();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
