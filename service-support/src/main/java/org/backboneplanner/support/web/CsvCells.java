package org.backboneplanner.support.web;

import java.util.List;

/**
 * Writes CSV rows (RFC 4180) that spreadsheets read safely: a cell with a comma, quote or line break
 * is quoted, and a leading formula sign is neutralised so no spreadsheet runs it.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** One row, ended by CRLF. */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }

    /** One cell: quoted when needed, a leading formula sign neutralised. */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        // a spreadsheet runs a cell starting with a formula sign, also after a tab or carriage return
        String cell = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
