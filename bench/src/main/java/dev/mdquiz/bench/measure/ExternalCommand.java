package dev.mdquiz.bench.measure;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs another program to completion and times the whole process, start-up included, as a user would
 * experience it. Output goes to files, not pipes, so a chatty program can never block on a full pipe.
 */
public final class ExternalCommand {
    private ExternalCommand() {
    }

    public record Result(List<String> command, int exitCode, long wallNanos, String stdout, String stderr) {
        public boolean succeeded() {
            return exitCode == 0;
        }

        /** The last lines of both outputs, for error messages. */
        public String tail() {
            String all = (stdout + "\n" + stderr).strip();
            return all.length() <= 2000 ? all : "..." + all.substring(all.length() - 2000);
        }
    }

    public static Result run(List<String> command, Path workingDirectory, Duration timeout)
            throws IOException, InterruptedException {
        return run(command, workingDirectory, timeout, List.of());
    }

    /** Runs {@code command} without the environment variables {@code unset} (such as {@code MAVEN_OPTS}). */
    public static Result run(List<String> command, Path workingDirectory, Duration timeout, List<String> unset)
            throws IOException, InterruptedException {
        return run(command, workingDirectory, timeout, unset, process -> { });
    }

    private static Result run(List<String> command, Path workingDirectory, Duration timeout, List<String> unset,
                              Consumer<Process> whileRunning) throws IOException, InterruptedException {
        Path out = Files.createTempFile("mdquiz-bench", ".out");
        Path err = Files.createTempFile("mdquiz-bench", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            unset.forEach(builder.environment()::remove);
            long start = System.nanoTime();
            Process process = builder.start();
            whileRunning.accept(process);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IOException("timed out after " + timeout + ": " + String.join(" ", command));
            }
            long wall = System.nanoTime() - start;
            return new Result(command, process.exitValue(), wall, Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * The peak resident memory of a run, and the run; the time is the wrapped command's own. The peak is of the whole
     * process tree: a program that starts another JVM (the generator's own) holds both at once.
     */
    public record Measured(Result result, long peakRssKiB) {
    }

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** Whether {@link #runMeasuringMemory} can tell the peak resident memory (GNU time is installed). */
    public static boolean measuresMemory() {
        return Files.isExecutable(GNU_TIME);
    }

    /**
     * Runs {@code command} under GNU time (the program must replace the wrapper's child by exec, as Maven's
     * {@code mvn} script does with its JVM), and samples the resident memory of all its processes together every
     * few milliseconds; the peak is the larger of GNU time's (the largest single process, exact) and the sampled
     * sum. -1 when GNU time is missing.
     */
    public static Measured runMeasuringMemory(List<String> command, Path workingDirectory, Duration timeout,
                                              List<String> unset) throws IOException, InterruptedException {
        if (!measuresMemory()) {
            return new Measured(run(command, workingDirectory, timeout, unset), -1);
        }
        Path rss = Files.createTempFile("mdquiz-bench", ".rss");
        TreeMemory tree = new TreeMemory();
        try {
            List<String> timed = new java.util.ArrayList<>(List.of(GNU_TIME.toString(), "-q", "-f", "%M", "-o", rss.toString()));
            timed.addAll(command);
            Result result = run(timed, workingDirectory, timeout, unset, tree::sample);
            String kib = Files.readString(rss).strip();
            long largestProcess = kib.matches("\\d+") ? Long.parseLong(kib) : -1;
            return new Measured(result, largestProcess < 0 ? -1 : Math.max(largestProcess, tree.peakKiB()));
        } finally {
            tree.stop();
            Files.deleteIfExists(rss);
        }
    }

    /** The resident memory of a process and all its descendants, summed, sampled until it ends. */
    private static final class TreeMemory {
        private static final long INTERVAL_MILLIS = 5;
        private final AtomicLong peak = new AtomicLong();
        private Thread sampler;

        void sample(Process process) {
            sampler = new Thread(() -> {
                ProcessHandle root = process.toHandle();
                while (root.isAlive()) {
                    long sum = residentKiB(root.pid()) + root.descendants().mapToLong(p -> residentKiB(p.pid())).sum();
                    peak.accumulateAndGet(sum, Math::max);
                    try {
                        Thread.sleep(INTERVAL_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        long peakKiB() throws InterruptedException {
            if (sampler != null) {
                sampler.join(1000);
            }
            return peak.get();
        }

        void stop() {
            if (sampler != null) {
                sampler.interrupt();
            }
        }

        /** VmRSS from /proc; 0 for a process that ended meanwhile. */
        private static long residentKiB(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // ended, or no /proc
            }
            return 0;
        }
    }

    /** Whether {@code name} is an executable on the PATH. */
    public static boolean onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }
}
