package dev.mdquiz.bench;

import dev.mdquiz.bench.measure.Timing;
import dev.mdquiz.bench.report.Goal;
import dev.mdquiz.bench.report.Goal.Verdict;
import dev.mdquiz.bench.suite.InProcessScaling;
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
        assertEquals(7, goals.size());
        assertEquals(Verdict.PASS, goal(goals, "in-process generation within 2×").verdict()); // 1.8×
        assertEquals(Verdict.NOT_MEASURED, goal(goals, "in-process generation at least as fast as Hugo").verdict());
        assertTrue(goals.stream().filter(g -> g.verdict() == Verdict.NOT_MEASURED).count() == 6);
    }
}
