package dev.mdquiz.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident set size so far (VmHWM in /proc/self/status), in KiB; -1 where there is no /proc. */
public final class PeakMemory {
    private PeakMemory() {
    }

    public static long peakRssKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: reported as unknown
        }
        return -1;
    }
}
