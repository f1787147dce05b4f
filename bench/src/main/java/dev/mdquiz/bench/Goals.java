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
 * The targets of issue 5 and of the build-speed issue (whole-process Maven against Hugo at 1,000 and 5,000 banks,
 * peak memory, no-change rebuilds, the parse floor), each judged on the figure measured in this run; a suite that
 * did not run leaves its goals "n/a". The thresholds are the issue's; nothing here is tuned to make a goal pass.
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

    /** The build-speed issue's targets for the real Maven build, whole process. */
    static final double MAVEN_OVER_HUGO = 1.5;
    /** Peak resident memory of the cold Maven build with the JVM's default heap, in decimal megabytes (512 MB). */
    static final long PEAK_RSS_BYTES = 512_000_000L;
    /** A no-change rebuild may take Maven's own start-up plus this. */
    static final double NO_CHANGE_EXTRA_MILLIS = 1_000;
    /** In-process, warm, against the commonmark parse-only floor of the same files. */
    static final double FLOOR_FACTOR = 5;

    /** Whatever ran, null (or empty) for what did not; Maven and Hugo at each of the end-to-end sizes. */
    record Measured(InProcessScaling.Result inProcess, CoreScaling.Result cores, List<MavenEndToEnd.Result> maven,
                    List<HugoBuild.Result> hugo, PageWeight.Result page, ServeLatency.Result serve, int e2eBanks) {
        Measured {
            maven = maven == null ? List.of() : List.copyOf(maven);
            hugo = hugo == null ? List.of() : List.copyOf(hugo);
        }

        Measured(InProcessScaling.Result inProcess, CoreScaling.Result cores, List<MavenEndToEnd.Result> maven,
                 List<HugoBuild.Result> hugo, PageWeight.Result page, int e2eBanks) {
            this(inProcess, cores, maven, hugo, page, null, e2eBanks);
        }

        Optional<HugoBuild.Result> hugoAt(int banks) {
            return hugo.stream().filter(h -> h.banks() == banks).findFirst();
        }
    }

    private Goals() {
    }

    static List<Goal> judge(Measured m) {
        List<Goal> goals = new ArrayList<>();
        Optional<InProcessScaling.Row> e2e = m.inProcess() == null ? Optional.empty() : m.inProcess().at(m.e2eBanks());
        String atSize = " (" + Figures.count(m.e2eBanks()) + " banks)";

        String hugoGoal = "in-process generation at least as fast as Hugo" + atSize;
        Optional<HugoBuild.Result> hugoAtE2e = m.hugoAt(m.e2eBanks());
        if (e2e.isPresent() && hugoAtE2e.isPresent()) {
            double ratio = e2e.get().full().medianMillis() / hugoAtE2e.get().build().medianMillis();
            goals.add(Goal.judge(hugoGoal, ratio <= 1, "generator " + Figures.millis(e2e.get().full().medianMillis())
                    + " vs hugo " + Figures.millis(hugoAtE2e.get().build().medianMillis()) + ": " + Figures.ratio(ratio) + " Hugo's time"));
        } else {
            goals.add(Goal.notMeasured(hugoGoal, "needs the in-process and hugo suites at this size"));
        }

        String floorGoal = "in-process generation (warm) within " + Math.round(FLOOR_FACTOR)
                + "× of the parse-only floor" + atSize;
        goals.add(e2e.map(row -> Goal.judge(floorGoal, row.floorRatio() <= FLOOR_FACTOR, Figures.ratio(row.floorRatio())
                        + " the floor (" + Figures.millis(row.full().medianMillis()) + " vs " + Figures.millis(row.floor().medianMillis()) + ")"))
                .orElse(Goal.notMeasured(floorGoal, "needs the in-process suite at this size")));

        String coresGoal = "rendering on 2 cores at least 1.6× faster than on 1";
        Optional<Double> speedUp = m.cores() == null ? Optional.empty() : m.cores().speedUp(2);
        goals.add(speedUp.map(s -> Goal.judge(coresGoal, s >= 1.6, Figures.ratio(s) + " faster on 2 cores"))
                .orElse(Goal.notMeasured(coresGoal, "needs the cores suite on a machine with 2+ cores")));

        goals.add(flatCost(m.inProcess()));

        goals.addAll(maven(m));

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

    /** The whole-process goals, at each size both Maven and Hugo built (and the memory and rebuild ones wherever Maven ran). */
    private static List<Goal> maven(Measured m) {
        List<Goal> goals = new ArrayList<>();
        if (m.maven().isEmpty()) {
            goals.add(Goal.notMeasured("cold mvn quiz:generate at most " + Figures.ratio(MAVEN_OVER_HUGO)
                    + " Hugo's time (whole process)", "needs the maven and hugo suites"));
            goals.add(Goal.notMeasured("peak RSS of a cold mvn quiz:generate (all its processes) at most 512 MB, no MAVEN_OPTS",
                    "needs the maven suite"));
            goals.add(Goal.notMeasured("no-change rebuild at most Maven's start-up + 1 s", "needs the maven suite"));
            goals.add(Goal.notMeasured("no-change rebuild from another working folder stays a no-change rebuild",
                    "needs the maven suite"));
            return goals;
        }
        for (MavenEndToEnd.Result mvn : m.maven()) {
            String size = " (" + Figures.count(mvn.banks()) + " banks)";
            String hugoGoal = "cold mvn quiz:generate at most " + Figures.ratio(MAVEN_OVER_HUGO)
                    + " Hugo's time (whole process)" + size;
            goals.add(m.hugoAt(mvn.banks()).map(hugo -> {
                double ratio = mvn.cold().medianMillis() / hugo.build().medianMillis();
                return Goal.judge(hugoGoal, ratio <= MAVEN_OVER_HUGO, Figures.ratio(ratio) + " (mvn "
                        + Figures.millis(mvn.cold().medianMillis()) + " vs hugo " + Figures.millis(hugo.build().medianMillis()) + ")");
            }).orElse(Goal.notMeasured(hugoGoal, "needs the hugo suite at this size")));

            String rssGoal = "peak RSS of a cold mvn quiz:generate (all its processes) at most 512 MB, no MAVEN_OPTS" + size;
            goals.add(mvn.peakRssKiB() < 0 ? Goal.notMeasured(rssGoal, "needs GNU time (/usr/bin/time)")
                    : Goal.judge(rssGoal, mvn.peakRssKiB() * 1024 <= PEAK_RSS_BYTES, String.format(java.util.Locale.ROOT,
                    "%,d MB", mvn.peakRssKiB() * 1024 / 1_000_000)));

            String rebuildGoal = "no-change rebuild at most Maven's start-up + 1 s" + size;
            goals.add(Goal.judge(rebuildGoal, mvn.unchangedOverMavenMillis() <= NO_CHANGE_EXTRA_MILLIS,
                    Figures.millis(mvn.unchanged().medianMillis()) + " vs Maven alone " + Figures.millis(mvn.skipped().medianMillis())
                            + " (" + (mvn.unchangedOverMavenMillis() >= 0 ? "+" : "−") + Figures.millis(Math.abs(mvn.unchangedOverMavenMillis())) + "; cold " + Figures.millis(mvn.cold().medianMillis()) + ")"));

            String elsewhereGoal = "no-change rebuild from another working folder stays a no-change rebuild" + size;
            goals.add(Goal.judge(elsewhereGoal, mvn.elsewhereUntouched() && mvn.elsewhereOverMavenMillis() <= NO_CHANGE_EXTRA_MILLIS,
                    Figures.millis(mvn.elsewhere().medianMillis()) + " vs Maven alone " + Figures.millis(mvn.skipped().medianMillis())
                            + (mvn.elsewhereUntouched() ? ", no file rewritten" : ", FILES REWRITTEN")));
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
