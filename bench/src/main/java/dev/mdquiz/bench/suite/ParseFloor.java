package dev.mdquiz.bench.suite;

import dev.mdquiz.bench.measure.Timing;
import dev.mdquiz.bench.measure.WarmHarness;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * The parse-only floor: find the banks, read them and parse them with commonmark-java and the generator's
 * extensions (GFM tables), nothing else. It parses on the common pool like the generator does, so the ratio
 * compares work rather than threading. Source spans are left at commonmark's default: tracking them is part
 * of what the generator chooses to pay for.
 */
final class ParseFloor {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    /** Keeps the parse results observable, so the JIT cannot drop the work. */
    private final LongAdder blocks = new LongAdder();

    Timing measure(WarmHarness harness, Path corpus) throws Exception {
        return harness.measure(() -> { }, () -> parseAll(corpus));
    }

    private void parseAll(Path corpus) throws IOException {
        List<Path> banks;
        try (Stream<Path> files = Files.walk(corpus)) {
            banks = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        banks.parallelStream().forEach(bank -> {
            try {
                Node document = parser.parse(Files.readString(bank));
                for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                    blocks.increment();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
