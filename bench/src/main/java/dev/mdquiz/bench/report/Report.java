package dev.mdquiz.bench.report;

import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole run: machine, sections and goals; printed as tables and written as JSON. */
/** The whole run: machine, sections and goals; printed as tables and written as JSON. */
public record Report(Instant started, Machine machine, Map<String, Object> settings, Load load,
                     List<Section> sections, List<Goal> goals) {
    /** Above this share of other load before a step, its figures are flagged. */
    public static final double BUSY_WARNING = 0.15;

    /**
     * How much else the machine was doing, per step: the busy share of the CPUs (0..1) just before it, while the
     * benchmark idled, and the 1-minute load average right after it; -1 where unknown.
     */
    public record Load(Map<String, Double> busyBefore, Map<String, Double> loadAverageAfter) {
        public Load {
            busyBefore = Collections.unmodifiableMap(new LinkedHashMap<>(busyBefore)); // in step order
            loadAverageAfter = Collections.unmodifiableMap(new LinkedHashMap<>(loadAverageAfter));
        }
    }

    /** Steps with other load before them, or a load average after them above twice the cores plus one. */
    public List<String> busySteps() {
        return load.busyBefore().keySet().stream().filter(step -> load.busyBefore().get(step) > BUSY_WARNING
                || load.loadAverageAfter().getOrDefault(step, -1.0) > 2 * machine.cores() + 1).toList();
    }


    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("started", started.toString());
        json.put("machine", machine.json());
        json.put("settings", settings);
        json.put("otherCpuLoadBeforeStep", load.busyBefore());
        json.put("loadAverageAfterStep", load.loadAverageAfter());
        json.put("stepsOnBusyMachine", busySteps());
        Map<String, Object> sectionJson = new LinkedHashMap<>();
        sections.forEach(s -> sectionJson.put(s.key(), s.json()));
        json.put("sections", sectionJson);
        List<Map<String, Object>> goalJson = new ArrayList<>();
        for (Goal goal : goals) {
            goalJson.add(Map.of("goal", goal.name(), "verdict", goal.verdict().label(), "figure", goal.figure()));
        }
        json.put("goals", goalJson);
        return json;
    }

    public void writeJson(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, new Json().toJson(json()) + "\n");
    }

    public void print(PrintStream out) {
        out.println("mdquiz benchmark, " + started);
        out.println("machine: " + machine.describe());
        out.println("CPU busy with other processes just before each step / 1-min load average after it: "
                + load.busyBefore().keySet().stream().map(step -> step + " "
                        + (load.busyBefore().get(step) < 0 ? "?" : Math.round(100 * load.busyBefore().get(step)) + " %")
                        + " / " + load.loadAverageAfter().getOrDefault(step, -1.0)).toList());
        if (!busySteps().isEmpty()) {
            out.println("WARNING: other processes competed for the CPUs around " + busySteps()
                    + " (over " + Math.round(100 * BUSY_WARNING) + " % busy before, or load average above "
                    + (2 * machine.cores() + 1) + " after): those figures are distorted; rerun on a quiet machine");
        }
        for (Section section : sections) {
            out.println();
            out.println("== " + section.title());
            TextTable.print(section.header(), section.rows(), out);
            section.notes().forEach(note -> out.println("   " + note));
        }
        out.println();
        out.println("== Goals (issue 5 and the build-speed issue)");
        List<List<String>> rows = new ArrayList<>();
        for (Goal goal : goals) {
            rows.add(List.of(goal.verdict().label(), goal.name(), goal.figure()));
        }
        TextTable.print(List.of("verdict", "goal", "figure"), rows, out);
    }
}
