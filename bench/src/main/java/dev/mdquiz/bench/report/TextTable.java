package dev.mdquiz.bench.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A left-aligned, space-padded table with a header rule. */
final class TextTable {
    private TextTable() {
    }

    static void print(List<String> header, List<List<String>> rows, PrintStream out) {
        if (header.isEmpty()) {
            return;
        }
        List<Integer> widths = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            int width = header.get(column).length();
            for (List<String> row : rows) {
                width = Math.max(width, row.get(column).length());
            }
            widths.add(width);
        }
        out.println(line(header, widths));
        out.println(line(widths.stream().map("-"::repeat).toList(), widths));
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private static String line(List<String> cells, List<Integer> widths) {
        StringBuilder out = new StringBuilder("  ");
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            out.append(cell).append(" ".repeat(widths.get(i) - cell.length()));
            if (i < cells.size() - 1) {
                out.append("  ");
            }
        }
        return out.toString().stripTrailing();
    }
}
