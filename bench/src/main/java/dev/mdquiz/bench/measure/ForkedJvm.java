package dev.mdquiz.bench.measure;

import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a main class of this module in a fresh JVM with this JVM's class path, for measurements that need JVM
 * options of their own (processor count, heap limit) or a process of their own (peak RSS). The child reports
 * one line {@code RESULT {json}} on standard output, see {@link #report(Map)}.
 */
public final class ForkedJvm {
    private static final String RESULT = "RESULT ";
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    private ForkedJvm() {
    }

    /** What the child printed with {@link #report(Map)}, or empty when it failed before that. */
    public record Outcome(ExternalCommand.Result process, Map<String, Object> result) {
        public boolean succeeded() {
            return process.succeeded() && !result.isEmpty();
        }

        public double number(String key) {
            return ((Number) result.get(key)).doubleValue();
        }
    }

    /**
     * @param prefix  a launcher in front of java, such as {@code taskset -c 0}; may be empty
     * @param jvmArgs options for the child JVM
     */
    public static Outcome run(List<String> prefix, List<String> jvmArgs, Class<?> mainClass, List<String> args,
                              Path workingDirectory) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(args);
        ExternalCommand.Result process = ExternalCommand.run(command, workingDirectory, TIMEOUT);
        return new Outcome(process, parse(process.stdout()));
    }

    private static Map<String, Object> parse(String stdout) {
        for (String line : stdout.split("\n")) {
            if (line.startsWith(RESULT)) {
                return new Json().toType(line.substring(RESULT.length()), Json.MAP_TYPE);
            }
        }
        return Map.of();
    }

    /** Called by the child as its last act: the line the parent reads. */
    public static void report(Map<String, Object> result) {
        System.out.println(RESULT + new Json().toJson(result).replace('\n', ' '));
        System.out.flush();
    }
}
