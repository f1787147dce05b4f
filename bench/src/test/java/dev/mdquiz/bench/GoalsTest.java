package dev.mdquiz.bench;

import dev.mdquiz.bench.measure.Timing;
import dev.mdquiz.bench.report.Goal;
import dev.mdquiz.bench.report.Goal.Verdict;
import dev.mdquiz.bench.page.CountingHttpServer;
import dev.mdquiz.bench.suite.HugoBuild;
import dev.mdquiz.bench.suite.InProcessScaling;
import dev.mdquiz.bench.suite.MavenEndToEnd;
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
        assertEquals(13, goals.size());
        assertEquals(Verdict.PASS, goal(goals, "in-process generation (warm) within 5×").verdict()); // 1.8×
        assertEquals(Verdict.NOT_MEASURED, goal(goals, "in-process generation at least as fast as Hugo").verdict());
        assertEquals(12, goals.stream().filter(g -> g.verdict() == Verdict.NOT_MEASURED).count());
        InProcessScaling.Result slow = new InProcessScaling.Result(List.of(row(1_000, 2_600, 500)));
        assertEquals(Verdict.MISS, goal(Goals.judge(new Goals.Measured(slow, null, null, null, null, 1_000)),
                "in-process generation (warm) within 5×").verdict()); // 5.2×
    }

    private static MavenEndToEnd.Result maven(int banks, double coldMillis, long rssKiB, double unchangedMillis,
                                              double elsewhereMillis, boolean untouched) {
        return new MavenEndToEnd.Result(banks, millis(1_000), millis(coldMillis), millis(unchangedMillis), rssKiB,
                millis(elsewhereMillis), untouched);
    }

    private static HugoBuild.Result hugo(int banks, double millis) {
        return new HugoBuild.Result(banks, "hugo", millis(millis), banks);
    }

    @Test
    void theMavenBuildIsJudgedAgainstHugoOfTheSameSizeItsMemoryAndItsRebuilds() {
        List<MavenEndToEnd.Result> maven = List.of(maven(1_000, 1_500, 400_000, 2_000, 1_900, true),
                maven(5_000, 6_100, 600_000, 2_100, 2_000, false));
        List<Goal> goals = Goals.judge(new Goals.Measured(null, null, maven, List.of(hugo(1_000, 1_000), hugo(5_000, 4_000)), null, 1_000));
        assertEquals(Verdict.PASS, goal(goals, "cold mvn quiz:generate at most 1.50× Hugo's time (whole process) (1,000").verdict());
        assertEquals(Verdict.MISS, goal(goals, "cold mvn quiz:generate at most 1.50× Hugo's time (whole process) (5,000").verdict()); // 1.53×
        assertEquals(Verdict.PASS, goal(goals, "peak RSS of a cold mvn quiz:generate (all its processes) at most 512 MB, no MAVEN_OPTS (1,000").verdict());
        assertEquals(Verdict.MISS, goal(goals, "peak RSS of a cold mvn quiz:generate (all its processes) at most 512 MB, no MAVEN_OPTS (5,000").verdict());
        assertEquals(Verdict.PASS, goal(goals, "no-change rebuild at most Maven's start-up + 1 s (1,000").verdict());
        assertEquals(Verdict.MISS, goal(goals, "no-change rebuild at most Maven's start-up + 1 s (5,000").verdict()); // +1.1 s
        assertEquals(Verdict.PASS, goal(goals, "no-change rebuild from another working folder stays a no-change rebuild (1,000").verdict());
        assertEquals(Verdict.MISS, goal(goals, "no-change rebuild from another working folder stays a no-change rebuild (5,000").verdict(),
                "fast, but it rewrote files");
        List<Goal> noHugo = Goals.judge(new Goals.Measured(null, null, maven, null, null, 1_000));
        assertEquals(Verdict.NOT_MEASURED, goal(noHugo, "cold mvn quiz:generate at most 1.50× Hugo's time (whole process) (1,000").verdict());
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
