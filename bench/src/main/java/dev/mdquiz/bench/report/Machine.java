package dev.mdquiz.bench.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the figures were measured on. */
public record Machine(int cores, String jvm, String os, long maxHeapMiB) {
    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("cores", cores);
        json.put("jvm", jvm);
        json.put("os", os);
        json.put("maxHeapMiB", maxHeapMiB);
        return json;
    }

    public String describe() {
        return cores + " cores, " + jvm + ", " + os + ", max heap " + maxHeapMiB + " MiB";
    }
}
