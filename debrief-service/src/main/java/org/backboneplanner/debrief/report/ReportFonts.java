package org.backboneplanner.debrief.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's typefaces: DejaVu Sans regular and bold, embedded as subsets (the PDF standard fonts print only
 * WinAnsi, so "Łódź" or "→" would not print). The TTF files come from Maven Central's jasperreports-fonts artifact,
 * under the DejaVu fonts licence (Bitstream Vera's terms, DejaVu's changes in the public domain). The files are read
 * once; each document parses its own copy, since a parsed font is not safe to share between concurrent reports.
 */
final class ReportFonts {

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    /** The code points both faces can draw. */
    private static final BitSet DRAWN = covered(REGULAR);
    /** What stands for a character the faces lack (CJK, for one). */
    private static final String MISSING = "\uFFFD";

    static {
        DRAWN.and(covered(BOLD));
    }

    private ReportFonts() {
    }

    static PDType0Font regular(PDDocument document) {
        return load(document, REGULAR);
    }

    static PDType0Font bold(PDDocument document) {
        return load(document, BOLD);
    }

    private static PDType0Font load(PDDocument document, byte[] file) {
        try {
            // the document closes the parsed font when it is closed
            return PDType0Font.load(document, new RandomAccessReadBuffer(file), true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text as the faces can draw it: a character they lack becomes U+FFFD; a tab a space, other control
     * characters but the line break are dropped.
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                return;
            } else if (DRAWN.get(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private static byte[] read(String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is not on the class path (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitSet covered(byte[] file) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet drawn = new BitSet();
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                if (cmap.getGlyphId(c) > 0) {
                    drawn.set(c);
                }
            }
            return drawn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
