package org.backboneplanner.partner.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes CSV (RFC 4180): quoted cells may hold commas, quotes ("") and line breaks. A
 * byte-order mark is skipped; the separator is a comma, or a semicolon when the header line has
 * semicolons and no comma (as spreadsheets in French write them).
 */
final class Csv {

    private Csv() {
    }

    /** A parsed row with the line it starts on (1 = the header). */
    record Row(int line, List<String> cells) {
    }

    static List<Row> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstBreak = body.indexOf('\n');
        String header = firstBreak < 0 ? body : body.substring(0, firstBreak);
        char separator = header.contains(";") && !header.contains(",") ? ';' : ',';
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(rows, rowStart, cells);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            addUnlessBlank(rows, rowStart, cells);
        }
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }
}
