package dev.mdquiz.bench;

import dev.mdquiz.bench.measure.WarmHarness;

import java.nio.file.Path;

/** What every suite needs: the options, the shared corpora, the harness and a scratch folder of its own. */
public record BenchContext(BenchOptions options, Corpora corpora, WarmHarness harness) {
    public Path scratch(String name) {
        return options.work().resolve(name).toAbsolutePath();
    }
}
