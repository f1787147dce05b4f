package dev.mdquiz.bench;

import dev.mdquiz.bench.report.Report;

/**
 * The benchmark of issue 5: {@code mvn -B -q -pl bench exec:exec} after {@code mvn -B -q install -DskipTests}.
 * Arguments are {@code key=value} settings (see {@link BenchOptions}); prints the tables to standard output and
 * writes the JSON file. Goals that miss do not fail the command: it reports, it does not gate.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) { // a mistyped option: say which, not where in the parser
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        Report report = new Bench(options, System.err).run();
        report.print(System.out);
        report.writeJson(options.jsonFile());
        System.out.println();
        System.out.println("JSON: " + options.jsonFile().toAbsolutePath());
    }
}
