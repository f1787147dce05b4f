package dev.mdquiz.bench;

import dev.mdquiz.bench.corpus.Corpus;
import dev.mdquiz.bench.corpus.CorpusGenerator;
import dev.mdquiz.bench.measure.Trees;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The corpora of one run, written on first use under {@code root/banks-N} and shared between suites. */
public final class Corpora {
    private final CorpusGenerator generator;
    private final Path root;
    private final Map<Integer, Corpus> written = new HashMap<>();

    public Corpora(CorpusGenerator generator, Path root) {
        this.generator = generator;
        this.root = root;
    }

    public Corpus get(int banks) {
        return written.computeIfAbsent(banks, n -> {
            Path directory = root.resolve("banks-" + n);
            Trees.delete(directory); // a leftover from an earlier run may have another seed or mix
            return generator.write(directory, n);
        });
    }

    public CorpusGenerator generator() {
        return generator;
    }
}
