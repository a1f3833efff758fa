package org.backboneplanner.worksheet.exports;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.backboneplanner.events.worksheet.CarrierKind;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.events.worksheet.PoolingIntentionsUpdated.Intention;
import org.backboneplanner.events.worksheet.RoleSharingUpdated.SharedTask;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.NextStep;
import org.backboneplanner.worksheet.domain.Plan;
import org.backboneplanner.worksheet.domain.RoleRow;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The worksheet as the seed lays it out, to print for a meeting: step 1 as the table of roles (who
 * can play it, strengths, weaknesses, next steps), then step 2 and the debrief questions with room to
 * write.
 */
final class WorksheetPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Color.WHITE);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Color HEADER_BACKGROUND = new Color(11, 110, 79);

    private WorksheetPdf() {
    }

    static byte[] of(Initiative initiative, String versionName, ExportText text, LocalDate today) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(text.get("title") + " — " + initiative.name());
        document.open();
        document.add(new Paragraph(text.get("title") + " — " + initiative.name(), TITLE));
        document.add(new Paragraph(text.get("network") + " : " + initiative.networkId() + "   ·   "
                + text.get("horizon") + " : " + initiative.details().startYear() + "–" + initiative.details().endYear() + "   ·   "
                + text.get("maturity") + " : " + text.get("maturity." + initiative.maturity()) + "   ·   "
                + text.get("version") + " : " + text.get("version.draft") + (versionName != null ? " (" + versionName + ")" : "")
                + "   ·   " + text.get("exported") + " " + today, BODY));

        document.add(heading(text.get("step1")));
        PdfPTable table = new PdfPTable(new float[] {2.2f, 2.2f, 2.4f, 2.4f, 3.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : List.of("column.role", "column.who", "column.strengths", "column.weaknesses",
                "column.nextSteps")) {
            PdfPCell cell = new PdfPCell(new Phrase(text.get(column), HEADER));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            cell.setPadding(5);
            table.addCell(cell);
        }
        for (RoleRow row : initiative.roles()) {
            table.addCell(cell(new Phrase(row.role().label(text.language), BOLD)));
            table.addCell(cell(list(row.carriers().stream().map(c -> c.name()
                    + (c.kind() == CarrierKind.TO_FIND ? " (" + text.get("toFind") + ")" : "")).toList())));
            table.addCell(cell(list(row.strengths())));
            table.addCell(cell(list(row.weaknesses())));
            table.addCell(cell(list(row.nextSteps().stream().map(step -> step(step, text)).toList())));
        }
        document.add(table);

        document.add(heading(text.get("step2")));
        for (RoleRow row : initiative.roles()) {
            Paragraph sharing = new Paragraph();
            sharing.add(new Chunk(row.role().label(text.language) + " — ", BOLD));
            sharing.add(new Chunk(text.get("shared") + " : " + text.get(row.sharing().shared() ? "yes" : "no"), BODY));
            if (!row.sharing().tasks().isEmpty()) {
                sharing.add(new Chunk("; " + text.get("tasks") + " : " + row.sharing().tasks().stream()
                        .map(WorksheetPdf::task).collect(Collectors.joining("; ")), BODY));
            }
            document.add(sharing);
        }
        document.add(new Paragraph(text.get("pooling"), BOLD));
        List<Intention> intentions = initiative.pooling().intentions();
        document.add(intentions.isEmpty() ? new Paragraph(text.get("none"), BODY)
                : list(intentions.stream().map(i -> i.description()
                        + (i.partnerName() != null ? " — " + i.partnerName() : "")).toList()));
        if (initiative.maturity() == Maturity.MATURE) {
            document.add(new Paragraph(text.get("plans"), BOLD));
            for (Plan plan : initiative.plans()) {
                document.add(new Paragraph(plan.kind().label(text.language) + " : "
                        + (plan.notes() != null ? plan.notes() : text.get("none")), BODY));
                if (!plan.nextSteps().isEmpty()) {
                    document.add(list(plan.nextSteps().stream().map(step -> step(step, text)).toList()));
                }
            }
        }

        document.newPage();
        document.add(heading(text.get("debrief")));
        for (String question : List.of("debrief.q1", "debrief.q2", "debrief.q3")) {
            Paragraph paragraph = new Paragraph(text.get(question), BOLD);
            paragraph.setSpacingBefore(10);
            document.add(paragraph);
            for (int line = 0; line < 4; line++) {
                document.add(new Paragraph("_".repeat(120), BODY));
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static String step(NextStep step, ExportText text) {
        return step.title() + (step.owner() != null ? " — " + step.owner().name() : "")
                + (step.dueDate() != null ? " — " + text.get("due") + " " + step.dueDate() : "")
                + " (" + text.get("status." + step.status()) + ")";
    }

    private static String task(SharedTask task) {
        return task.task() + (task.partnerNames().isEmpty() ? "" : " → " + String.join(", ", task.partnerNames()));
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        return heading;
    }

    private static PdfPCell cell(Element content) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setPadding(4);
        return cell;
    }

    private static Paragraph list(List<String> items) {
        Paragraph paragraph = new Paragraph();
        for (String item : items) {
            paragraph.add(new Chunk("• " + item + "\n", BODY));
        }
        return paragraph;
    }
}
