package org.backboneplanner.worksheet.exports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * The printout's typefaces: DejaVu Sans, embedded (the PDF standard fonts print only Windows-1252, so "Łódź" or
 * "→" would not print). The TTF files come from the jasperreports-fonts artifact of Maven Central; the fonts are
 * under the DejaVu fonts licence (free: Bitstream Vera's terms, DejaVu's changes in the public domain). A
 * character the font lacks (CJK, for one) is printed as a replacement sign, never refused.
 */
final class PrintFonts {

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    static final BaseFont REGULAR = load("DejaVuSans.ttf");
    static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");
    static final BaseFont OBLIQUE = load("DejaVuSans-Oblique.ttf");
    /** What stands for a character no face here can draw. */
    private static final String MISSING = "\uFFFD";

    private PrintFonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = PrintFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is not on the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with each character the faces cannot draw replaced; line breaks and tabs kept. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t' || c == ' ' || (REGULAR.charExists(c) && BOLD.charExists(c))) {
                out.appendCodePoint(c);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }
}
