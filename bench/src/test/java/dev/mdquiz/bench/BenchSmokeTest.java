package dev.mdquiz.bench;

import dev.mdquiz.bench.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark end to end on a tiny corpus (3 banks, 1 warm-up, 1 iteration), in-process parts only: no Hugo,
 * npm, Maven, browser or network. Checks that the report has its fields, with positive numbers.
 */
class BenchSmokeTest {
    @TempDir
    Path work;

    @Test
    @SuppressWarnings("unchecked")
    void tinyRunReportsEveryInProcessFigure() throws Exception {
        Path jsonFile = work.resolve("results.json");
        BenchOptions options = BenchOptions.parse("work=" + work, "json=" + jsonFile,
                "sizes=3 e2eBanks=3 warmups=1 iterations=1 minWarmupMillis=0 quietWaitSeconds=0 suites=in-process,key-cost");

        Report report = new Bench(options, new PrintStream(OutputStream.nullOutputStream())).run();
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        report.print(new PrintStream(table, true, StandardCharsets.UTF_8));
        report.writeJson(jsonFile);

        String text = table.toString(StandardCharsets.UTF_8);
        for (String expected : List.of("machine: ", "CPU busy with other processes", "pages/s", "questions/s", "per bank", "parse floor", "÷ floor",
                "no-change rebuild", "Key cost", "Goals (issue 5 and the build-speed issue)")) {
            assertTrue(text.contains(expected), "table shows " + expected + ":\n" + text);
        }

        Map<String, Object> json = new Json().toType(Files.readString(jsonFile), Json.MAP_TYPE);
        Map<String, Object> machine = (Map<String, Object>) json.get("machine");
        assertTrue(((Number) machine.get("cores")).intValue() > 0);
        assertFalse(((String) machine.get("jvm")).isBlank());

        Map<String, Object> load = (Map<String, Object>) json.get("otherCpuLoadBeforeStep");
        assertTrue(load.containsKey("in-process scaling"), "load sampled before each step: " + load);

        Map<String, Object> sections = (Map<String, Object>) json.get("sections");
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ((Map<String, Object>) sections.get("inProcess")).get("rows");
        assertEquals(1, rows.size());
        Map<String, Object> row = rows.get(0);
        assertEquals(3, ((Number) row.get("banks")).intValue());
        assertEquals(30, ((Number) row.get("questions")).intValue());
        for (String figure : List.of("fullBuildMedianMillis", "pagesPerSecond", "questionsPerSecond", "millisPerBank",
                "parseFloorMedianMillis", "ratioToParseFloor", "noChangeRebuildMedianMillis")) {
            assertTrue(((Number) row.get(figure)).doubleValue() > 0, figure + " is positive: " + row);
        }

        Map<String, Object> keyCost = (Map<String, Object>) sections.get("keyCost");
        assertTrue(((Number) keyCost.get("cheapestMillis")).doubleValue() > 0, "key cost at plain SHA-256: " + keyCost);
        assertTrue(((Number) keyCost.get("defaultMillis")).doubleValue() > ((Number) keyCost.get("cheapestMillis")).doubleValue(),
                "stretching costs more than plain hashing: " + keyCost);

        List<Map<String, Object>> goals = (List<Map<String, Object>>) json.get("goals");
        assertEquals(13, goals.size());
        for (Map<String, Object> goal : goals) {
            assertTrue(Set.of("PASS", "MISS", "n/a").contains(goal.get("verdict")), "verdict of " + goal);
            assertFalse(((String) goal.get("figure")).isBlank(), "figure of " + goal);
        }
        // the floor goal is judged at e2eBanks, which this run measured
        assertTrue(goals.stream().anyMatch(g -> ((String) g.get("goal")).contains("parse-only floor")
                && !"n/a".equals(g.get("verdict"))));
    }
}
