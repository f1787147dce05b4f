package dev.mdquiz.generator.internal.write;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last build wrote, kept in the cache folder: per file, the hash of its inputs and the size and time
 * it had when written. It lets a rebuild skip files whose inputs did not change and that nobody touched, and
 * delete only files the generator wrote itself.
 */
final class Manifest {
    private static final int FORMAT = 1;

    /** @param input hash of what the file was made from; size and modified describe the file as written */
    record Entry(String input, long size, long modified) {
    }

    private final Map<String, Entry> entries;

    private Manifest(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static Manifest empty() {
        return new Manifest(new TreeMap<>());
    }

    Entry get(String path) {
        return entries.get(path);
    }

    void put(String path, Entry entry) {
        entries.put(path, entry);
    }

    Map<String, Entry> entries() {
        return entries;
    }

    /** A missing or unreadable manifest means a full build, never a failure. */
    @SuppressWarnings("unchecked")
    static Manifest load(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            Object loaded = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
            if (!(loaded instanceof Map<?, ?> root) || !Integer.valueOf(FORMAT).equals(root.get("format"))
                    || !(root.get("files") instanceof Map<?, ?> files)) {
                return empty();
            }
            Map<String, Entry> entries = new TreeMap<>();
            for (Map.Entry<?, ?> entry : files.entrySet()) {
                Map<String, Object> values = (Map<String, Object>) entry.getValue();
                entries.put(String.valueOf(entry.getKey()), new Entry(String.valueOf(values.get("input")),
                        ((Number) values.get("size")).longValue(), ((Number) values.get("modified")).longValue()));
            }
            return new Manifest(entries);
        } catch (IOException | YamlEngineException | ClassCastException | NullPointerException e) {
            return empty();
        }
    }

    String dump() {
        Map<String, Object> files = new TreeMap<>();
        entries.forEach((path, entry) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("input", entry.input());
            values.put("size", entry.size());
            values.put("modified", entry.modified());
            files.put(path, values);
        });
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("files", files);
        return new Dump(DumpSettings.builder().build()).dumpToString(root);
    }

    byte[] bytes() {
        return dump().getBytes(StandardCharsets.UTF_8);
    }
}
