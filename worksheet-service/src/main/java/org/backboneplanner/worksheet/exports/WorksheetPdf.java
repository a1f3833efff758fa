package org.backboneplanner.worksheet.exports;

import java.io.ByteArrayOutputStream;

import org.backboneplanner.worksheet.domain.Initiative;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The whole worksheet as the seed lays it out, to print for a meeting: the network by its name, step 1 as the
 * table of roles, step 2 (sharing, pooling intentions, pooled resources with their totals, and a mature
 * initiative's plans), then the debrief questions with the group's answers. Each section draws itself.
 */
final class WorksheetPdf {

    private WorksheetPdf() {
    }

    static byte[] of(Printout printout) {
        ExportText text = printout.text();
        Initiative initiative = printout.initiative();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(PrintFonts.printable(text.get("title") + " — " + initiative.name()));
        document.open();
        document.add(PdfStyle.paragraph(text.get("title") + " — " + initiative.name(), PdfStyle.TITLE));
        String version = text.get("version.draft") + (printout.versionName() != null
                ? " (" + text.get("version.basedOn") + " " + printout.versionName() + ")" : "");
        document.add(PdfStyle.paragraph(String.join("   ·   ", text.labelled("network", initiative.networkName()),
                text.labelled("horizon", initiative.details().startYear() + "–" + initiative.details().endYear()),
                text.labelled("maturity", text.get("maturity." + initiative.maturity())),
                text.labelled("version", version), text.get("exported") + " " + text.date(printout.today())), PdfStyle.BODY));
        RolesTable.add(document, printout);
        // step 2 and the debrief each start a page: a heading never sits alone at the foot of the one before
        document.newPage();
        SharingSection.add(document, printout);
        document.newPage();
        DebriefSection.add(document, printout);
        document.close();
        return out.toByteArray();
    }
}
