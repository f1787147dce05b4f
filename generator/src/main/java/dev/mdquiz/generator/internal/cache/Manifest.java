package dev.mdquiz.generator.internal.cache;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a build wrote into one folder: per file, the hash of its inputs and the size and time it had when written.
 * It lets a rebuild skip files whose inputs did not change and that nobody touched, and delete only files the
 * generator wrote itself. {@link BuildCache} keeps it between builds.
 */
public final class Manifest {
    /** @param input hash of what the file was made from; size and modified describe the file as written */
    public record Entry(String input, long size, long modified) {
    }

    private final Map<String, Entry> entries = new TreeMap<>();

    /** An empty manifest: what a first build, or one after the cache was lost, starts from. */
    public Manifest() {
    }

    /** The entry of the file at {@code path} (relative, forward slashes); null when the build did not write it. */
    public Entry get(String path) {
        return entries.get(path);
    }

    public void put(String path, Entry entry) {
        entries.put(path, entry);
    }

    /** Every entry, by path. */
    public Map<String, Entry> entries() {
        return Collections.unmodifiableMap(entries);
    }
}
