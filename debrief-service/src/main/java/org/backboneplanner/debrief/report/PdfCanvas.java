package org.backboneplanner.debrief.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Letter pages (the paper of Québec and the rest of North America, as the worksheet's printout) written top to
 * bottom with PDFBox: wrapped text, and rectangles, lines and diamonds for the charts, all
 * vector shapes. {@link #room} starts a new page when what comes next would not fit. Text uses the embedded
 * DejaVu Sans of {@link ReportFonts}; a character it lacks is printed as U+FFFD ({@link ReportFonts#printable}).
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 50;
    static final PDRectangle SIZE = PDRectangle.LETTER;
    static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    static final Color INK = new Color(0x1d, 0x27, 0x33);
    static final Color MUTED = new Color(0x5b, 0x68, 0x78);
    static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular = ReportFonts.regular(document);
    private final PDType0Font bold = ReportFonts.bold(document);
    private PDPageContentStream stream;
    private float y;

    PdfCanvas(String title, String language) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title); // metadata is Unicode: no font involved
        document.getDocumentCatalog().setLanguage(language);
        newPage();
    }

    float y() {
        return y;
    }

    /** Moves down by {@code height} points. */
    void down(float height) {
        y -= height;
    }

    /** Makes sure {@code height} points are left on this page, else starts a new one. */
    void room(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of {@code text} no wider than {@code width}, broken between words. */
    List<String> wrap(String text, float size, boolean strong, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (widthOf(tried, size, strong) > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(tried);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** A wrapped paragraph at the left margin plus {@code indent}, moving down past it. */
    void paragraph(String text, float size, boolean strong, Color color, float indent) {
        for (String line : wrap(text, size, strong, WIDTH - indent)) {
            room(size * 1.4f);
            down(size * 1.4f);
            text(MARGIN + indent, y, line, size, strong, color);
        }
    }

    void bullet(String text, float size) {
        room(size * 1.4f);
        text(MARGIN + 4, y - size * 1.4f, "-", size, false, INK);
        paragraph(text, size, false, INK, 14);
    }

    void text(float x, float baseline, String text, float size, boolean strong, Color color) {
        try {
            stream.beginText();
            stream.setFont(strong ? bold : regular, size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, baseline);
            stream.showText(printable(text));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float widthOf(String text, float size, boolean strong) {
        try {
            return (strong ? bold : regular).getStringWidth(printable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rectangle, filled with {@code fill} (or not, when null) and outlined with {@code stroke} (or not). */
    void rect(float x, float bottom, float width, float height, Color fill, Color stroke) {
        try {
            stream.addRect(x, bottom, width, height);
            paint(fill, stroke);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void line(float x1, float y1, float x2, float y2, float width, Color color) {
        try {
            stream.setLineWidth(width);
            stream.setStrokingColor(color);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void diamond(float x, float centre, float half, Color fill) {
        try {
            stream.moveTo(x, centre + half);
            stream.lineTo(x + half, centre);
            stream.lineTo(x, centre - half);
            stream.lineTo(x - half, centre);
            stream.closePath();
            paint(fill, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void circle(float x, float centre, float radius, Color fill, Color stroke) {
        float k = radius * 0.5523f; // four Bézier quarters make a circle
        try {
            stream.moveTo(x + radius, centre);
            stream.curveTo(x + radius, centre + k, x + k, centre + radius, x, centre + radius);
            stream.curveTo(x - k, centre + radius, x - radius, centre + k, x - radius, centre);
            stream.curveTo(x - radius, centre - k, x - k, centre - radius, x, centre - radius);
            stream.curveTo(x + k, centre - radius, x + radius, centre - k, x + radius, centre);
            stream.closePath();
            paint(fill, stroke);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void paint(Color fill, Color stroke) throws IOException {
        if (fill != null) {
            stream.setNonStrokingColor(fill);
        }
        if (stroke != null) {
            stream.setStrokingColor(stroke);
            stream.setLineWidth(0.8f);
        }
        if (fill != null && stroke != null) {
            stream.fillAndStroke();
        } else if (fill != null) {
            stream.fill();
        } else {
            stream.stroke();
        }
    }

    byte[] finish() {
        try {
            stream.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String printable(String text) {
        return ReportFonts.printable(text);
    }
}
