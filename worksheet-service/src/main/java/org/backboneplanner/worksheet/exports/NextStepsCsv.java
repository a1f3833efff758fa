package org.backboneplanner.worksheet.exports;

import java.util.ArrayList;
import java.util.List;

import org.backboneplanner.support.web.CsvCells;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.NextStep;
import org.backboneplanner.worksheet.domain.Plan;
import org.backboneplanner.worksheet.domain.RoleRow;

/**
 * The next steps of a worksheet as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents);
 * the last two columns name the initiative and its network, so files of several initiatives can be put together.
 */
final class NextStepsCsv {

    private NextStepsCsv() {
    }

    static String of(Initiative initiative, ExportText text) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvCells.line(List.of(text.get("csv.role"), text.get("csv.title"), text.get("csv.description"),
                text.get("csv.owner"), text.get("csv.ownerEmail"), text.get("csv.dueDate"), text.get("csv.horizon"),
                text.get("csv.status"), text.get("csv.doneDate"), text.get("csv.initiative"), text.get("csv.network"))));
        for (RoleRow role : initiative.roles()) {
            for (NextStep step : role.nextSteps()) {
                csv.append(CsvCells.line(cells(initiative, role.role().label(text.language), step, text)));
            }
        }
        for (Plan plan : initiative.plans()) {
            for (NextStep step : plan.nextSteps()) {
                csv.append(CsvCells.line(cells(initiative, plan.kind().label(text.language), step, text)));
            }
        }
        return csv.toString();
    }

    private static List<String> cells(Initiative initiative, String where, NextStep step, ExportText text) {
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
        cells.add(initiative.name());
        cells.add(initiative.networkName());
        return cells;
    }
}
