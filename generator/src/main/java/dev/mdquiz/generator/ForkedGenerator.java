package dev.mdquiz.generator;

import dev.mdquiz.generator.internal.fork.ConfigProperties;
import dev.mdquiz.generator.internal.fork.ForkMain;
import dev.mdquiz.generator.internal.fork.Outcome;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link QuizGenerator#generate()} in a JVM of its own, whose heap is sized for the course: a build tool's JVM (Maven's)
 * grows its heap to gigabytes on a machine with much memory when a big course keeps its collector busy, and a plugin
 * cannot bound it. A build with nothing to do is found out here first, without starting a JVM. Failures come back
 * as the same exceptions an in-process build throws.
 */
public final class ForkedGenerator {
    /** A failed JVM's report shows this many lines of what it printed from the start, and as many from the end. */
    private static final int PRINTED_LINES = 60;

    /**
     * The heap for a course whose banks hold {@code markdownBytes} bytes: a build holds its model, six to eight times
     * the Markdown (570 MB for 20,000 banks of 4 KB), in the old generation, which the throughput collector gives two
     * thirds of the heap.
     */
    static long heapMegabytes(long markdownBytes) {
        return Math.max(256, 128 + 12 * markdownBytes / (1024 * 1024));
    }

    private final GeneratorConfig config;
    private final List<Path> classPath;
    private final String maxHeap;

    /**
     * @param classPath the generator's jar and its dependencies, for the JVM it builds in
     * @param maxHeap   that JVM's maximum heap as {@code -Xmx} takes it ({@code 512m}, {@code 2g}); null or blank
     *                  to size it from the number of banks
     */
    public ForkedGenerator(GeneratorConfig config, List<Path> classPath, String maxHeap) {
        this.config = config;
        this.classPath = List.copyOf(classPath);
        this.maxHeap = maxHeap == null || maxHeap.isBlank() ? null : checkedHeap(maxHeap.strip());
    }

    /** The smallest heap a JVM starts with is about 2 MB; below this no build gets far. */
    private static final long SMALLEST_HEAP_MEGABYTES = 4;

    private static String checkedHeap(String heap) {
        if (!heap.matches("[0-9]{1,9}[kKmMgG]?")) {
            throw new IllegalArgumentException("forkMaxHeap must be a size such as 512m or 2g, not '" + heap + "'");
        }
        if (megabytes(heap) < SMALLEST_HEAP_MEGABYTES) {
            throw new IllegalArgumentException("forkMaxHeap must be at least " + SMALLEST_HEAP_MEGABYTES
                    + "m, not '" + heap + "'");
        }
        return heap;
    }

    public BuildResult generate() throws QuizBuildException {
        Optional<BuildResult> unchanged = new QuizGenerator(config).lastBuildIfUnchanged();
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        Path exchange;
        try {
            exchange = Files.createTempDirectory("mdquiz-build");
        } catch (IOException e) {
            throw new GeneratorJvmException(null,
                    "cannot start the generator's JVM: no temporary folder (" + e.getMessage() + ")", e);
        }
        try {
            return run(exchange);
        } finally {
            deleteQuietly(exchange);
        }
    }

    private BuildResult run(Path exchange) throws QuizBuildException {
        Path request = exchange.resolve("request.properties");
        Path outcome = exchange.resolve("outcome.properties");
        Path log = exchange.resolve("jvm.log");
        String heap = maxHeap != null ? maxHeap : heapMegabytes(markdownBytes()) + "m";
        int status;
        try {
            try (OutputStream out = Files.newOutputStream(request)) {
                ConfigProperties.of(config).store(out, null);
            }
            Process process = new ProcessBuilder(command(heap, request, outcome))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            status = waitFor(process);
        } catch (ClosedByInterruptException e) {
            throw interrupted(e);
        } catch (IOException e) {
            throw new GeneratorJvmException(null, "cannot start the generator's JVM: " + e.getMessage(), e);
        }
        if (status == 0 && Files.isRegularFile(outcome)) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(outcome)) {
                properties.load(in);
            } catch (IOException e) {
                throw new GeneratorJvmException(null,
                        "cannot read what the generator's JVM reported: " + e.getMessage(), e);
            }
            return Outcome.read(properties);
        }
        String output = printed(log);
        if (output.contains("OutOfMemoryError")) {
            throw new GeneratorJvmException(Setting.FORK_MAX_HEAP, "the generator ran out of memory in its JVM ("
                    + heap + " of heap" + (maxHeap == null ? ", sized for the course" : "") + "): give it more, e.g. "
                    + suggestion(heap), null);
        }
        throw new IllegalStateException("the generator's JVM ended with status " + status + ":\n" + shortened(output));
    }

    private List<String> command(String heap, Path request, Path outcome) {
        String executable = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "java.exe" : "java").toString();
        return List.of(executable, "-Xmx" + heap,
                // a batch job of seconds on a few cores: the throughput collector, and the quick compiler alone,
                // since the optimising one's compilations took more CPU than its code saved (bench, up to 5,000 banks)
                "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData",
                "-cp", classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                ForkMain.class.getName(), request.toString(), outcome.toString());
    }

    /**
     * Waits for the JVM; if this thread is interrupted (the build is cancelled), ends it, and waits a little for it
     * to be gone before its folder is deleted (on Windows a file a process holds open cannot be).
     */
    private static int waitFor(Process process) throws GeneratorJvmException {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            try {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException again) {
                // interrupted twice: no more waiting
            }
            throw interrupted(e);
        }
    }

    /** A cancelled build: no setting is at fault, and the thread stays interrupted for its caller. */
    private static GeneratorJvmException interrupted(Exception cause) {
        Thread.currentThread().interrupt();
        return new GeneratorJvmException(null, "the build was interrupted", cause);
    }

    private long markdownBytes() {
        try (Stream<Path> files = Files.walk(config.sourceDirectory())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md")).mapToLong(ForkedGenerator::size).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0; // the build reports an unreadable source folder
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Twice the heap that was too small, at least 512 MB. */
    private static String suggestion(String heap) {
        return Math.max(512, 2 * megabytes(heap)) + "m";
    }

    /** A size as {@code -Xmx} takes it, in megabytes (rounded down). */
    private static long megabytes(String heap) {
        long number = Long.parseLong(heap.replaceAll("[^0-9]", ""));
        return switch (Character.toLowerCase(heap.charAt(heap.length() - 1))) {
            case 'g' -> number * 1024;
            case 'm' -> number;
            case 'k' -> number / 1024;
            default -> number >> 20;
        };
    }

    /**
     * What the JVM printed, for the report of a JVM that failed. Decoded as the JVM wrote it, in the platform's
     * encoding, and never refused for a byte that is not.
     */
    static String printed(Path log) {
        try {
            return new String(Files.readAllBytes(log), nativeCharset());
        } catch (IOException e) {
            return "(nothing printed)";
        }
    }

    /** All of it, or when it is long its start (a stack trace's exception and message) and its end. */
    static String shortened(String printed) {
        List<String> lines = printed.lines().toList();
        if (lines.size() <= 2 * PRINTED_LINES) {
            return String.join("\n", lines);
        }
        return String.join("\n", lines.subList(0, PRINTED_LINES)) + "\n(" + (lines.size() - 2 * PRINTED_LINES)
                + " lines left out)\n" + String.join("\n", lines.subList(lines.size() - PRINTED_LINES, lines.size()));
    }

    private static Charset nativeCharset() {
        try {
            return Charset.forName(System.getProperty("native.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder the system cleans up
        }
    }
}
