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
        Path out = Files.createTempFile("mdquiz-bench", ".out");
        Path err = Files.createTempFile("mdquiz-bench", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
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
