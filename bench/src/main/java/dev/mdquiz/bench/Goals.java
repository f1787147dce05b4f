package dev.mdquiz.bench;

import dev.mdquiz.bench.report.Figures;
import dev.mdquiz.bench.report.Goal;
import dev.mdquiz.bench.suite.CoreScaling;
import dev.mdquiz.bench.suite.HugoBuild;
import dev.mdquiz.bench.suite.InProcessScaling;
import dev.mdquiz.bench.suite.MavenEndToEnd;
import dev.mdquiz.bench.suite.PageWeight;
import dev.mdquiz.bench.suite.ServeLatency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The targets of issue 5, each judged on the figure measured in this run; a suite that did not run leaves
 * its goals "n/a". The thresholds are the issue's; nothing here is tuned to make a goal pass.
 */
final class Goals {
    /** "Flat" cost per bank: no size from the baseline up may cost more than this factor of the baseline. */
    static final double FLAT_TOLERANCE = 1.25;
    static final int FLAT_BASELINE_BANKS = 100;
    /** Issue 7's weight budget, counted in decimal kilobytes, the stricter reading of "40 KB". */
    static final long PAGE_BUDGET_BYTES = 40_000;

    /** The author's loop (quiz:serve): save to page, in a course of {@code e2eBanks} banks. */
    static final double SERVE_MEDIAN_MILLIS = 300;
    static final double SERVE_P95_MILLIS = 600;

    /** Whatever ran, null for what did not. */
    record Measured(InProcessScaling.Result inProcess, CoreScaling.Result cores, MavenEndToEnd.Result maven,
                    HugoBuild.Result hugo, PageWeight.Result page, ServeLatency.Result serve, int e2eBanks) {
        Measured(InProcessScaling.Result inProcess, CoreScaling.Result cores, MavenEndToEnd.Result maven,
                 HugoBuild.Result hugo, PageWeight.Result page, int e2eBanks) {
            this(inProcess, cores, maven, hugo, page, null, e2eBanks);
        }
    }

    private Goals() {
    }

    static List<Goal> judge(Measured m) {
        List<Goal> goals = new ArrayList<>();
        Optional<InProcessScaling.Row> e2e = m.inProcess() == null ? Optional.empty() : m.inProcess().at(m.e2eBanks());
        String atSize = " (" + Figures.count(m.e2eBanks()) + " banks)";

        String hugoGoal = "in-process generation at least as fast as Hugo" + atSize;
        if (e2e.isPresent() && m.hugo() != null) {
            double ratio = e2e.get().full().medianMillis() / m.hugo().build().medianMillis();
            goals.add(Goal.judge(hugoGoal, ratio <= 1, "generator " + Figures.millis(e2e.get().full().medianMillis())
                    + " vs hugo " + Figures.millis(m.hugo().build().medianMillis()) + ": " + Figures.ratio(ratio) + " Hugo's time"));
        } else {
            goals.add(Goal.notMeasured(hugoGoal, "needs the in-process and hugo suites at this size"));
        }

        String floorGoal = "in-process generation within 2× of the parse-only floor" + atSize;
        goals.add(e2e.map(row -> Goal.judge(floorGoal, row.floorRatio() <= 2, Figures.ratio(row.floorRatio())
                        + " the floor (" + Figures.millis(row.full().medianMillis()) + " vs " + Figures.millis(row.floor().medianMillis()) + ")"))
                .orElse(Goal.notMeasured(floorGoal, "needs the in-process suite at this size")));

        String coresGoal = "rendering on 2 cores at least 1.6× faster than on 1";
        Optional<Double> speedUp = m.cores() == null ? Optional.empty() : m.cores().speedUp(2);
        goals.add(speedUp.map(s -> Goal.judge(coresGoal, s >= 1.6, Figures.ratio(s) + " faster on 2 cores"))
                .orElse(Goal.notMeasured(coresGoal, "needs the cores suite on a machine with 2+ cores")));

        goals.add(flatCost(m.inProcess()));

        String rebuildGoal = "no-change rebuild under 10 % of a full one (mvn, whole process)" + atSize;
        goals.add(m.maven() == null ? Goal.notMeasured(rebuildGoal, "needs the maven suite")
                : Goal.judge(rebuildGoal, m.maven().unchangedShare() < 0.10, String.format(java.util.Locale.ROOT,
                "%.0f %% (%s of %s)", 100 * m.maven().unchangedShare(), Figures.millis(m.maven().unchanged().medianMillis()),
                Figures.millis(m.maven().cold().medianMillis()))));

        String budgetGoal = "a 10-question page at most 40 KB in all, scripts included (issue 7)";
        if (m.page() == null || m.page().questions() != 10) {
            goals.add(Goal.notMeasured(budgetGoal, "needs the page suite with pageQuestions=10"));
        } else {
            long bytes = m.page().mdquiz().bytes();
            goals.add(Goal.judge(budgetGoal, bytes <= PAGE_BUDGET_BYTES, String.format(java.util.Locale.ROOT, "%,d bytes", bytes) + " ("
                    + Figures.ratio((double) bytes / PAGE_BUDGET_BYTES) + " the budget)"));
        }

        String serveMedian = "preview: save → open page shows the edit, median at most " + Figures.millis(SERVE_MEDIAN_MILLIS) + atSize;
        String serveP95 = "preview: save → open page shows the edit, p95 at most " + Figures.millis(SERVE_P95_MILLIS) + atSize;
        if (m.serve() == null) {
            goals.add(Goal.notMeasured(serveMedian, "needs the serve suite"));
            goals.add(Goal.notMeasured(serveP95, "needs the serve suite"));
        } else {
            ServeLatency.Samples shown = m.serve().shown();
            String full = "; a full build: " + Figures.millis(m.serve().fullMillis());
            goals.add(Goal.judge(serveMedian, shown.median() <= SERVE_MEDIAN_MILLIS, Figures.millis(shown.median())
                    + " over " + shown.millis().size() + " edits" + full));
            goals.add(Goal.judge(serveP95, shown.percentile(95) <= SERVE_P95_MILLIS, Figures.millis(shown.percentile(95))));
        }

        String bytesGoal = "10-question page at most 1/8 of quizdown's bytes";
        String timeGoal = "10-question page usable in at most half quizdown's time";
        if (m.page() != null && m.page().quizdown() != null) {
            PageWeight.Result page = m.page();
            goals.add(Goal.judge(bytesGoal, page.bytesRatio() <= 1.0 / 8, Figures.ratio(page.bytesRatio()) + " ("
                    + Figures.bytes(page.mdquiz().bytes()) + " vs " + Figures.bytes(page.quizdown().bytes()) + "; gzipped "
                    + Figures.ratio(page.gzipRatio()) + ")"));
            goals.add(Goal.judge(timeGoal, page.answerableRatio() <= 0.5, Figures.ratio(page.answerableRatio()) + " ("
                    + Figures.millis(page.mdquiz().answerable().medianMillis()) + " vs "
                    + Figures.millis(page.quizdown().answerable().medianMillis()) + ")"));
        } else {
            String why = m.page() == null ? "needs the page suite" : "quizdown missing: " + m.page().missing();
            goals.add(Goal.notMeasured(bytesGoal, why));
            goals.add(Goal.notMeasured(timeGoal, why));
        }
        return goals;
    }

    private static Goal flatCost(InProcessScaling.Result inProcess) {
        String name = "cost per bank flat from " + FLAT_BASELINE_BANKS + " banks up (each size within +"
                + Math.round((FLAT_TOLERANCE - 1) * 100) + " % of the " + FLAT_BASELINE_BANKS + "-bank cost)";
        Optional<InProcessScaling.Row> base = inProcess == null ? Optional.empty() : inProcess.at(FLAT_BASELINE_BANKS);
        List<InProcessScaling.Row> larger = inProcess == null ? List.of()
                : inProcess.rows().stream().filter(r -> r.banks() > FLAT_BASELINE_BANKS).toList();
        if (base.isEmpty() || larger.isEmpty()) {
            return Goal.notMeasured(name, "needs in-process sizes " + FLAT_BASELINE_BANKS + " and larger");
        }
        double baseCost = base.get().millisPerBank();
        double worst = 0;
        StringBuilder figure = new StringBuilder(Figures.millis(baseCost) + " at " + FLAT_BASELINE_BANKS);
        for (InProcessScaling.Row row : larger) {
            worst = Math.max(worst, row.millisPerBank() / baseCost);
            figure.append(", ").append(Figures.millis(row.millisPerBank())).append(" at ").append(Figures.count(row.banks()));
        }
        figure.append(" (worst ").append(Figures.ratio(worst)).append(")");
        return Goal.judge(name, worst <= FLAT_TOLERANCE, figure.toString());
    }
}
