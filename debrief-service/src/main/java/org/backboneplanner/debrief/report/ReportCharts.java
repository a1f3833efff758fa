package org.backboneplanner.debrief.report;

import java.awt.Color;
import java.util.List;

/**
 * The debrief's charts as vector shapes on a {@link PdfCanvas}, drawn like the web UI's: a heatmap whose cells also
 * print their value, bars whose proposed part is hatched rather than only lighter, and ratings as dots on a 1-5
 * line with a diamond at the average. Every figure is printed beside its shape, so the page reads in black and white.
 */
final class ReportCharts {

    private static final Color[] LEVELS = {new Color(0xf3, 0xf5, 0xf7), new Color(0xd6, 0xeb, 0xe2),
            new Color(0xa9, 0xd5, 0xc1), new Color(0x5f, 0xae, 0x8c), new Color(0x0b, 0x6e, 0x4f)};
    private static final Color LINE = new Color(0xc5, 0xcc, 0xd3);
    private static final Color RATING = new Color(0x1f, 0x4a, 0xa8);
    private static final float LABEL = 9;
    private static final float VALUE = 8.5f;

    private ReportCharts() {
    }

    /** Rows × columns; {@code levels} 0 to 4 color each cell, {@code texts} are printed in it. */
    static void heatmap(PdfCanvas canvas, List<String> rows, List<String> columns, int[][] levels, String[][] texts) {
        float cell = Math.min(70, PdfCanvas.WIDTH / columns.size());
        float height = 16;
        canvas.room(14 + height + 14);
        canvas.down(12);
        for (int j = 0; j < columns.size(); j++) {
            String name = columns.get(j);
            float x = PdfCanvas.MARGIN + j * cell + (cell - canvas.widthOf(name, 7.5f, false)) / 2;
            canvas.text(x, canvas.y(), name, 7.5f, false, PdfCanvas.MUTED);
        }
        for (int i = 0; i < rows.size(); i++) {
            canvas.room(12 + height + 4);
            canvas.down(12);
            canvas.text(PdfCanvas.MARGIN, canvas.y(), rows.get(i), LABEL, true, PdfCanvas.INK);
            canvas.down(height + 3);
            for (int j = 0; j < columns.size(); j++) {
                int level = Math.max(0, Math.min(4, levels[i][j]));
                float x = PdfCanvas.MARGIN + j * cell;
                canvas.rect(x + 1, canvas.y(), cell - 2, height, LEVELS[level], LINE);
                String text = texts[i][j];
                canvas.text(x + (cell - canvas.widthOf(text, VALUE, false)) / 2, canvas.y() + 5, text, VALUE, false,
                        level >= 4 ? Color.WHITE : PdfCanvas.INK);
            }
        }
        canvas.down(6);
    }

    /** One bar per row: a solid part, then a hatched part; {@code texts} printed after the bar. */
    static void bars(PdfCanvas canvas, List<String> rows, double[] solid, double[] hatched, List<String> texts) {
        double max = 1;
        for (int i = 0; i < rows.size(); i++) {
            max = Math.max(max, solid[i] + hatched[i]);
        }
        float label = 0; // the widest text printed after a bar, so that it stays within the margin
        for (String text : texts) {
            label = Math.max(label, canvas.widthOf(text, VALUE, false));
        }
        float scale = (float) (Math.max(PdfCanvas.WIDTH / 3, PdfCanvas.WIDTH - 6 - label) / max);
        float height = 10;
        for (int i = 0; i < rows.size(); i++) {
            canvas.room(12 + height + 6);
            canvas.down(12);
            canvas.text(PdfCanvas.MARGIN, canvas.y(), rows.get(i), LABEL, true, PdfCanvas.INK);
            canvas.down(height + 3);
            float x = PdfCanvas.MARGIN;
            float w = (float) solid[i] * scale;
            if (w > 0) {
                canvas.rect(x, canvas.y(), w, height, PdfCanvas.ACCENT, null);
            }
            x += w;
            float h = (float) hatched[i] * scale;
            if (h > 0) {
                canvas.rect(x, canvas.y(), h, height, Color.WHITE, PdfCanvas.ACCENT);
                for (float s = x + 3; s < x + h; s += 3) {
                    canvas.line(s, canvas.y(), Math.min(s + 3, x + h), canvas.y() + height, 0.6f, PdfCanvas.ACCENT);
                }
            }
            canvas.text(x + h + 6, canvas.y() + 2, texts.get(i), VALUE, false, PdfCanvas.INK);
        }
        canvas.down(6);
    }

    /** Ratings on a 1-5 line per row: a circle per rating, a line lowest to highest, a diamond at the average. */
    static void spread(PdfCanvas canvas, List<String> rows, List<List<Integer>> scores, List<String> texts) {
        float left = PdfCanvas.MARGIN + 8;
        float step = (PdfCanvas.WIDTH - 160) / 4;
        canvas.room(26);
        canvas.down(12);
        for (int s = 1; s <= 5; s++) {
            canvas.text(left + (s - 1) * step - 2, canvas.y(), String.valueOf(s), 7.5f, false, PdfCanvas.MUTED);
        }
        for (int i = 0; i < rows.size(); i++) {
            canvas.room(30);
            canvas.down(12);
            canvas.text(PdfCanvas.MARGIN, canvas.y(), rows.get(i), LABEL, true, PdfCanvas.INK);
            canvas.down(12);
            float centre = canvas.y() + 3;
            List<Integer> rated = scores.get(i);
            canvas.line(left, centre, left + 4 * step, centre, 0.6f, LINE);
            if (!rated.isEmpty()) {
                int low = rated.stream().min(Integer::compare).orElseThrow();
                int high = rated.stream().max(Integer::compare).orElseThrow();
                canvas.line(left + (low - 1) * step, centre, left + (high - 1) * step, centre, 2, PdfCanvas.MUTED);
                int[] seen = new int[6];
                double sum = 0;
                for (int score : rated) {
                    int n = seen[score]++;
                    canvas.circle(left + (score - 1) * step + n * 3, centre + n * 2, 3, Color.WHITE, RATING);
                    sum += score;
                }
                canvas.diamond(left + (float) ((sum / rated.size()) - 1) * step, centre, 4.5f, PdfCanvas.ACCENT);
            }
            canvas.text(left + 4 * step + 14, centre - 3, texts.get(i), VALUE, false, PdfCanvas.INK);
        }
        canvas.down(8);
    }
}
