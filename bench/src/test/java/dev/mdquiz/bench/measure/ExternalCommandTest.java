package dev.mdquiz.bench.measure;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The memory of a run counts every process it starts, not only the largest one. */
class ExternalCommandTest {
    /** Holds a heap of {@code args[0]} MB, every page touched, for {@code args[1]} ms. */
    public static final class HoldMemory {
        public static void main(String[] args) throws InterruptedException {
            byte[] held = new byte[Integer.parseInt(args[0]) << 20];
            for (int i = 0; i < held.length; i += 4096) {
                held[i] = 1;
            }
            Thread.sleep(Long.parseLong(args[1]));
            System.out.println(held[held.length - 4096]);
        }
    }

    @Test
    void twoProcessesAtOnceCountTogether() throws Exception {
        Assumptions.assumeTrue(ExternalCommand.measuresMemory(), "needs GNU time");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String hold = java + " -Xmx400m -cp " + System.getProperty("java.class.path") + " '" + HoldMemory.class.getName()
                + "' 150 1500 || exit 1";
        // a shell that starts two JVMs holding 150 MB each at the same time, the way mvn starts the generator's JVM
        ExternalCommand.Measured run = ExternalCommand.runMeasuringMemory(List.of("bash", "-c", "(" + hold + ") & (" + hold + ") && wait $!"),
                Path.of("."), Duration.ofMinutes(1), List.of());
        assertTrue(run.result().succeeded(), run.result().tail());
        long megabytes = run.peakRssKiB() / 1024;
        assertTrue(megabytes >= 300, "both JVMs' 150 MB together, and their own memory: " + megabytes + " MB");
    }
}
