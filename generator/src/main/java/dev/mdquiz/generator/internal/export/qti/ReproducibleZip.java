package dev.mdquiz.generator.internal.export.qti;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A zip whose bytes depend on its entries alone: entries in the order added, each with the same fixed time. */
final class ReproducibleZip {
    /** The earliest time a zip entry can hold (DOS time starts in 1980), as other reproducible builds use. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    void add(String path, byte[] content) {
        if (entries.putIfAbsent(path, content) != null) {
            throw new IllegalStateException("two package entries at " + path);
        }
    }

    boolean contains(String path) {
        return entries.containsKey(path);
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(ENTRY_TIME); // the same bytes in every time zone
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a zip in memory failed", e);
        }
        return out.toByteArray();
    }
}
