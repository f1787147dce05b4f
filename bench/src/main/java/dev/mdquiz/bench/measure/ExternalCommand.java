package dev.mdquiz.bench.measure;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    /** The peak resident memory of a run, from GNU time, and the run; the time is the wrapped command's own. */
    public record Measured(Result result, long peakRssKiB) {
    }

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** Whether {@link #runMeasuringMemory} can tell the peak resident memory (GNU time is installed). */
    public static boolean measuresMemory() {
        return Files.isExecutable(GNU_TIME);
    }

    /**
     * Runs {@code command} under GNU time for its peak resident memory (the program must replace the wrapper's
     * child by exec, as Maven's {@code mvn} script does with its JVM); -1 when GNU time is missing.
     */
    public static Measured runMeasuringMemory(List<String> command, Path workingDirectory, Duration timeout,
                                              List<String> unset) throws IOException, InterruptedException {
        if (!measuresMemory()) {
            return new Measured(run(command, workingDirectory, timeout, unset), -1);
        }
        Path rss = Files.createTempFile("mdquiz-bench", ".rss");
        try {
            List<String> timed = new java.util.ArrayList<>(List.of(GNU_TIME.toString(), "-q", "-f", "%M", "-o", rss.toString()));
            timed.addAll(command);
            Result result = run(timed, workingDirectory, timeout, unset);
            String kib = Files.readString(rss).strip();
            return new Measured(result, kib.matches("\\d+") ? Long.parseLong(kib) : -1);
        } finally {
            Files.deleteIfExists(rss);
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
