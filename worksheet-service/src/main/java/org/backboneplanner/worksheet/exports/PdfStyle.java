package org.backboneplanner.worksheet.exports;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The printout's look, shared by its sections: fonts, headings, table cells and bulleted lists. */
final class PdfStyle {

    static final Font TITLE = new Font(PrintFonts.BOLD, 16);
    static final Font HEADING = new Font(PrintFonts.BOLD, 12);
    static final Font HEADER = new Font(PrintFonts.BOLD, 9, Font.NORMAL, Color.WHITE);
    static final Font BODY = new Font(PrintFonts.REGULAR, 9);
    static final Font BOLD = new Font(PrintFonts.BOLD, 9);
    static final Font QUIET = new Font(PrintFonts.OBLIQUE, 8, Font.NORMAL, Color.DARK_GRAY);
    private static final Color HEADER_BACKGROUND = new Color(11, 110, 79);

    private PdfStyle() {
    }

    /** Every text of the printout goes through these three, so a character no font here has never breaks it. */
    static Paragraph paragraph(String text, Font font) {
        return new Paragraph(PrintFonts.printable(text), font);
    }

    static Phrase phrase(String text, Font font) {
        return new Phrase(PrintFonts.printable(text), font);
    }

    static Chunk chunk(String text, Font font) {
        return new Chunk(PrintFonts.printable(text), font);
    }

    static Paragraph heading(String text) {
        Paragraph heading = paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        return heading;
    }

    static Paragraph subheading(String text) {
        Paragraph subheading = paragraph(text, BOLD);
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
            PdfPCell cell = new PdfPCell(phrase(header, HEADER));
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
        return cell(paragraph(text, BODY));
    }

    static Paragraph list(List<String> items) {
        Paragraph paragraph = new Paragraph();
        for (String item : items) {
            paragraph.add(chunk("• " + item + "\n", BODY));
        }
        return paragraph;
    }
}
