package dev.mdquiz.generator.internal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A zip whose bytes depend on its entries alone: entries in the given order, each with the same fixed time. */
public final class ReproducibleZip {
    /** The earliest time a zip entry can hold (DOS time starts in 1980), as other reproducible builds use. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 2, 1, 0, 0);

    private ReproducibleZip() {
    }

    /** @param entries contents by path inside the zip, in the order they are written */
    public static byte[] of(Map<String, byte[]> entries) {
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
