package dev.mdquiz.bench;

import dev.mdquiz.bench.measure.Timing;
import dev.mdquiz.bench.report.Goal;
import dev.mdquiz.bench.report.Goal.Verdict;
import dev.mdquiz.bench.page.CountingHttpServer;
import dev.mdquiz.bench.suite.InProcessScaling;
import dev.mdquiz.bench.suite.PageWeight;
import dev.mdquiz.bench.suite.ServeLatency;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoalsTest {
    private static Timing millis(double millis) {
        return new Timing(List.of(Math.round(millis * 1e6)));
    }

    private static InProcessScaling.Row row(int banks, double fullMillis, double floorMillis) {
        return new InProcessScaling.Row(banks, banks * 10, millis(fullMillis), millis(floorMillis), millis(fullMillis / 2));
    }

    private static Goal goal(List<Goal> goals, String start) {
        return goals.stream().filter(g -> g.name().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void costPerBankMayFallButNotGrowPastTheTolerance() {
        InProcessScaling.Result flat = new InProcessScaling.Result(List.of(row(100, 100, 50), row(1_000, 900, 500),
                row(5_000, 6_000, 2_500)));
        Goal ok = goal(Goals.judge(new Goals.Measured(flat, null, null, null, null, 1_000)), "cost per bank");
        assertEquals(Verdict.PASS, ok.verdict(), ok.figure()); // 1.2× the 100-bank cost at 5,000

        InProcessScaling.Result growing = new InProcessScaling.Result(List.of(row(100, 100, 50), row(5_000, 6_500, 2_500)));
        Goal miss = goal(Goals.judge(new Goals.Measured(growing, null, null, null, null, 1_000)), "cost per bank");
        assertEquals(Verdict.MISS, miss.verdict(), miss.figure()); // 1.3×
    }

    @Test
    void floorGoalIsJudgedAtTheEndToEndSizeAndTheRestWaitForTheirSuites() {
        InProcessScaling.Result result = new InProcessScaling.Result(List.of(row(1_000, 900, 500)));
        List<Goal> goals = Goals.judge(new Goals.Measured(result, null, null, null, null, 1_000));
        assertEquals(10, goals.size());
        assertEquals(Verdict.PASS, goal(goals, "in-process generation within 2×").verdict()); // 1.8×
        assertEquals(Verdict.NOT_MEASURED, goal(goals, "in-process generation at least as fast as Hugo").verdict());
        assertTrue(goals.stream().filter(g -> g.verdict() == Verdict.NOT_MEASURED).count() == 9);
    }

    @Test
    void thePreviewIsJudgedOnTheMedianAndTheP95OfItsEdits() {
        List<Double> edits = new java.util.ArrayList<>();
        for (int i = 0; i < 19; i++) {
            edits.add(200.0 + i);
        }
        edits.add(900.0); // one slow edit in 20: the p95 (nearest rank: the 19th) still passes
        List<Goal> goals = Goals.judge(new Goals.Measured(null, null, null, null, null, serve(edits), 1_000));
        assertEquals(Verdict.PASS, goal(goals, "preview: save → open page shows the edit, median").verdict());
        Goal p95 = goal(goals, "preview: save → open page shows the edit, p95");
        assertEquals(Verdict.PASS, p95.verdict(), p95.figure());
        edits.set(0, 700.0); // two slow edits: the 19th is one of them
        goals = Goals.judge(new Goals.Measured(null, null, null, null, null, serve(edits), 1_000));
        assertEquals(Verdict.MISS, goal(goals, "preview: save → open page shows the edit, p95").verdict());
    }

    private static ServeLatency.Result serve(List<Double> shown) {
        ServeLatency.Samples samples = new ServeLatency.Samples(shown);
        return new ServeLatency.Result(1_000, samples, samples, samples, 2_000, 50);
    }

    @Test
    void theTenQuestionPageIsJudgedAgainstFortyKilobytes() {
        for (long bytes : new long[] {39_999, 40_000, 40_001}) {
            Goal goal = goal(Goals.judge(new Goals.Measured(null, null, null, null, page(10, bytes), 1_000)), "a 10-question page");
            assertEquals(bytes <= 40_000 ? Verdict.PASS : Verdict.MISS, goal.verdict(), goal.figure());
        }
        Goal otherSize = goal(Goals.judge(new Goals.Measured(null, null, null, null, page(20, 1_000), 1_000)), "a 10-question page");
        assertEquals(Verdict.NOT_MEASURED, otherSize.verdict(), "the budget is for ten questions");
    }

    private static PageWeight.Result page(int questions, long bytes) {
        PageWeight.Page page = new PageWeight.Page("mdquiz", List.of(new CountingHttpServer.Response("/quiz.html", 200,
                bytes, bytes / 4)), millis(100), millis(200));
        return new PageWeight.Result(questions, page, null, "not installed");
    }
}
