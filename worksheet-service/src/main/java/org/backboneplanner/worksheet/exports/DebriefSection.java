package org.backboneplanner.worksheet.exports;

import static org.backboneplanner.worksheet.exports.PdfStyle.BODY;
import static org.backboneplanner.worksheet.exports.PdfStyle.BOLD;

import java.util.List;

import org.backboneplanner.worksheet.debrief.DebriefAnswer;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;

/** The debrief's three questions with the group's answers; ruled lines to write on where there is none yet. */
final class DebriefSection {

    /** The questions in the seed's order, by the key debrief-service gives them. */
    private static final List<String> QUESTIONS = List.of("STRENGTHS_AND_WEAKNESSES", "POOLED_RESOURCES",
            "WHAT_COMES_NEXT");

    private DebriefSection() {
    }

    static void add(Document document, Printout printout) {
        ExportText text = printout.text();
        document.newPage();
        document.add(PdfStyle.heading(text.get("debrief")));
        for (String question : QUESTIONS) {
            Paragraph asked = PdfStyle.paragraph(text.get("debrief." + question), BOLD);
            asked.setSpacingBefore(10);
            document.add(asked);
            DebriefAnswer answer = printout.answers().get(question);
            if (answer == null) {
                for (int line = 0; line < 4; line++) {
                    document.add(PdfStyle.paragraph("_".repeat(120), BODY));
                }
                continue;
            }
            Paragraph answered = PdfStyle.paragraph(answer.answer(), BODY);
            answered.setSpacingBefore(3);
            document.add(answered);
            if (answer.answeredByName() != null) {
                document.add(PdfStyle.paragraph("— " + answer.answeredByName(), PdfStyle.QUIET));
            }
        }
    }
}
