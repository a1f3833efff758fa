package org.backboneplanner.worksheet.exports;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The printout's look, shared by its sections: fonts, headings, table cells and bulleted lists. */
final class PdfStyle {

    static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    static final Font HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9, Color.WHITE);
    static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    static final Font QUIET = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8, Color.DARK_GRAY);
    private static final Color HEADER_BACKGROUND = new Color(11, 110, 79);

    private PdfStyle() {
    }

    static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        return heading;
    }

    static Paragraph subheading(String text) {
        Paragraph subheading = new Paragraph(text, BOLD);
        subheading.setSpacingBefore(8);
        subheading.setSpacingAfter(3);
        return subheading;
    }

    /** A table as wide as the page whose header row repeats on every page it spans. */
    static PdfPTable table(List<String> headers, float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEADER));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            cell.setPadding(5);
            table.addCell(cell);
        }
        return table;
    }

    static PdfPCell cell(Element content) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setPadding(4);
        return cell;
    }

    static PdfPCell cell(String text) {
        return cell(new Paragraph(text, BODY));
    }

    static Paragraph list(List<String> items) {
        Paragraph paragraph = new Paragraph();
        for (String item : items) {
            paragraph.add(new Chunk("• " + item + "\n", BODY));
        }
        return paragraph;
    }
}
