package org.backboneplanner.worksheet.export;

import java.util.ArrayList;
import java.util.List;

import org.backboneplanner.worksheet.initiative.Initiative;
import org.backboneplanner.worksheet.nextstep.NextStep;
import org.backboneplanner.worksheet.step2.Plan;
import org.backboneplanner.worksheet.worksheet.RoleRow;

/** The next steps of a worksheet as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents). */
final class NextStepsCsv {

    private NextStepsCsv() {
    }

    static String of(Initiative initiative, ExportText text) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, List.of(text.get("csv.role"), text.get("csv.title"), text.get("csv.description"),
                text.get("csv.owner"), text.get("csv.ownerEmail"), text.get("csv.dueDate"), text.get("csv.horizon"),
                text.get("csv.status"), text.get("csv.doneDate")));
        for (RoleRow role : initiative.roles()) {
            for (NextStep step : role.nextSteps()) {
                row(csv, cells(role.role().label(text.language), step, text));
            }
        }
        for (Plan plan : initiative.plans()) {
            for (NextStep step : plan.nextSteps()) {
                row(csv, cells(plan.kind().label(text.language), step, text));
            }
        }
        return csv.toString();
    }

    private static List<String> cells(String where, NextStep step, ExportText text) {
        List<String> cells = new ArrayList<>();
        cells.add(where);
        cells.add(step.title());
        cells.add(step.description());
        cells.add(step.owner() == null ? null : step.owner().name());
        cells.add(step.owner() == null ? null : step.owner().email());
        cells.add(step.dueDate() == null ? null : step.dueDate().toString());
        cells.add(text.get("horizon." + step.horizon()));
        cells.add(text.get("status." + step.status()));
        cells.add(step.doneDate() == null ? null : step.doneDate().toString());
        return cells;
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quotes a cell that holds a comma, quote or line break; a leading formula sign is neutralised. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        String cell = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
