package org.backboneplanner.worksheet.exports;

import static org.backboneplanner.worksheet.exports.PdfStyle.BODY;
import static org.backboneplanner.worksheet.exports.PdfStyle.BOLD;
import static org.backboneplanner.worksheet.exports.PdfStyle.cell;
import static org.backboneplanner.worksheet.exports.PdfStyle.list;

import java.util.List;
import java.util.stream.Collectors;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated.Intention;
import org.backboneplanner.events.worksheet.RoleSharingUpdated.SharedTask;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.Plan;
import org.backboneplanner.worksheet.domain.RoleRow;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Step 2 but for the pooled resources: whether each role is shared and between whom, its key tasks and who
 * takes them on, what the table intends to pool, and for a mature initiative its succession and
 * sustainability plans.
 */
final class SharingSection {

    private SharingSection() {
    }

    static void add(Document document, Printout printout) {
        ExportText text = printout.text();
        Initiative initiative = printout.initiative();
        document.add(PdfStyle.heading(text.get("step2")));
        document.add(PdfStyle.subheading(text.get("sharing")));
        PdfPTable table = PdfStyle.table(List.of(text.get("column.role"), text.get("shared"), text.get("tasks")),
                2.2f, 3.4f, 6.4f);
        for (RoleRow row : initiative.roles()) {
            table.addCell(cell(PdfStyle.phrase(row.role().label(text.language), BOLD)));
            table.addCell(PdfStyle.cell(sharedBy(row, text)));
            List<SharedTask> tasks = row.sharing().tasks();
            table.addCell(tasks.isEmpty() ? PdfStyle.cell("") : cell(list(tasks.stream()
                    .map(task -> task(task, text)).toList())));
        }
        document.add(table);

        document.add(PdfStyle.subheading(text.get("pooling")));
        List<Intention> intentions = initiative.pooling().intentions();
        document.add(intentions.isEmpty() ? PdfStyle.paragraph(text.get("none"), BODY)
                : list(intentions.stream().map(i -> intention(i, text)).toList()));

        ResourcesSection.add(document, printout);

        if (initiative.maturity() == Maturity.MATURE) {
            // one borderless block kept on one page, so the heading never ends a page alone
            PdfPTable plans = new PdfPTable(1);
            plans.setWidthPercentage(100);
            plans.setKeepTogether(true);
            plans.getDefaultCell().setBorder(Rectangle.NO_BORDER);
            plans.addCell(bare(PdfStyle.subheading(text.get("plans"))));
            for (Plan plan : initiative.plans()) {
                plans.addCell(bare(PdfStyle.paragraph(plan.kind().label(text.language) + text.colon()
                        + (plan.notes() != null && !plan.notes().isBlank() ? plan.notes() : text.get("none")), BODY)));
                if (!plan.nextSteps().isEmpty()) {
                    plans.addCell(bare(list(plan.nextSteps().stream().map(step -> RolesTable.step(step, text)).toList())));
                }
            }
            document.add(plans);
        }
    }

    /** "yes, between X and Y" from the role's carriers; "no" for a role one organization carries alone. */
    private static String sharedBy(RoleRow row, ExportText text) {
        if (!row.sharing().shared()) {
            return text.get("no");
        }
        List<String> carriers = row.carriers().stream().map(c -> c.name()).toList();
        return carriers.isEmpty() ? text.get("yes") : text.get("yes") + " — " + text.get("sharedBy") + " "
                + String.join(", ", carriers);
    }

    private static String task(SharedTask task, ExportText text) {
        return task.task() + (task.partnerNames().isEmpty() ? ""
                : " — " + text.get("takenOnBy") + " " + String.join(", ", task.partnerNames()));
    }

    private static String intention(Intention intention, ExportText text) {
        String roles = intention.roles() == null || intention.roles().isEmpty() ? ""
                : " (" + intention.roles().stream().map(r -> r.label(text.language)).collect(Collectors.joining("; "))
                + ")";
        return intention.description() + (intention.partnerName() != null ? " — " + intention.partnerName() : "")
                + roles;
    }

    private static PdfPCell bare(Element content) {
        PdfPCell cell = cell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        return cell;
    }

    static String roleLabel(BackboneRole role, ExportText text) {
        return role == null ? text.get("resources.noRole") : role.label(text.language);
    }
}
