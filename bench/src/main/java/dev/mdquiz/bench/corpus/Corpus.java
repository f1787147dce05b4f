package dev.mdquiz.bench.corpus;

import java.nio.file.Path;

/** A generated source tree of banks: where it is and how big. */
public record Corpus(Path directory, int banks, int questions, long markdownBytes) {
}
