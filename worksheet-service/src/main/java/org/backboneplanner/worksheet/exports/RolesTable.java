package org.backboneplanner.worksheet.exports;

import static org.backboneplanner.worksheet.exports.PdfStyle.BOLD;
import static org.backboneplanner.worksheet.exports.PdfStyle.cell;
import static org.backboneplanner.worksheet.exports.PdfStyle.list;

import java.util.List;

import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.worksheet.domain.NextStep;
import org.backboneplanner.worksheet.domain.RoleRow;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;

/** Step 1 as the seed's table: every role with who can play it, strengths, weaknesses and next steps. */
final class RolesTable {

    private RolesTable() {
    }

    static void add(Document document, Printout printout) {
        ExportText text = printout.text();
        document.add(PdfStyle.heading(text.get("step1")));
        PdfPTable table = PdfStyle.table(List.of(text.get("column.role"), text.get("column.who"),
                text.get("column.strengths"), text.get("column.weaknesses"), text.get("column.nextSteps")),
                2.2f, 2.2f, 2.4f, 2.4f, 3.6f);
        for (RoleRow row : printout.initiative().roles()) {
            table.addCell(cell(PdfStyle.phrase(row.role().label(text.language), BOLD)));
            table.addCell(cell(list(row.carriers().stream().map(c -> c.name()
                    + (c.kind() == CarrierKind.TO_FIND ? " (" + text.get("toFind") + ")" : "")).toList())));
            table.addCell(cell(list(row.strengths())));
            table.addCell(cell(list(row.weaknesses())));
            table.addCell(cell(row.nextSteps().isEmpty() ? PdfStyle.paragraph("", PdfStyle.BODY)
                    : list(row.nextSteps().stream().map(step -> step(step, text)).toList())));
        }
        document.add(table);
    }

    static String step(NextStep step, ExportText text) {
        return step.title() + (step.owner() != null ? " — " + step.owner().name() : "")
                + (step.dueDate() != null ? " — " + text.get("due") + " " + text.date(step.dueDate()) : "")
                + " (" + text.get("status." + step.status()) + ")";
    }
}
