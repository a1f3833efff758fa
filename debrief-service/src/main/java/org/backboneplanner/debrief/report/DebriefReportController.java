package org.backboneplanner.debrief.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.backboneplanner.debrief.DebriefProperties;
import org.backboneplanner.debrief.initiative.DebriefView;
import org.backboneplanner.debrief.initiative.Debriefs;
import org.backboneplanner.support.security.Member;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

/** The debrief as a PDF report, in French or English, named after the initiative. */
@RestController
@Tag(name = "Debrief", description = "An initiative's debrief: how each role is covered, shared and "
        + "resourced, its next steps, and the group's answers to the three debrief questions.")
@Validated
class DebriefReportController {

    private final Debriefs debriefs;
    private final DebriefProperties properties;

    DebriefReportController(Debriefs debriefs, DebriefProperties properties) {
        this.debriefs = debriefs;
        this.properties = properties;
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/debrief/report.pdf")
    @Operation(operationId = "getDebriefReport",
            summary = "The debrief as a PDF: charts, figures, talking points and the group's answers")
    @ApiResponse(responseCode = "200", description = "The report, as an attachment named after the initiative",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> report(@PathVariable String networkId, @PathVariable String initiativeId,
                                  @Parameter(description = "fr or en (any other value is refused); without it, "
                                          + "the Accept-Language header's, else fr")
                                  @RequestParam(required = false) @Pattern(regexp = "fr|en", message = "one-of")
                                  String lang,
                                  @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted,
                                  Member member) {
        DebriefView debrief = debriefs.debrief(networkId, initiativeId, member);
        String language = language(lang, accepted);
        byte[] pdf = DebriefReport.write(debrief, new ReportWords(language, properties.zone()), debriefs.today(),
                debrief.startYear() == null ? 0 : debrief.startYear(), debrief.endYear() == null ? 0 : debrief.endYear());
        String name = ("en".equals(language) ? "Debrief - " : "Débreffage - ") + debrief.initiativeName() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name.replaceAll("[\\p{Cc}/\\\\]+", " "), StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    /** The language asked for: {@code lang} (fr or en, checked on the way in), else Accept-Language's, else French. */
    static String language(String lang, String accepted) {
        if (lang != null) {
            return lang;
        }
        if (accepted != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accepted)) {
                    String first = range.getRange().split("-")[0];
                    if (first.equals("en") || first.equals("fr")) {
                        return first;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return "fr"; // a header we cannot read: the seed's language
            }
        }
        return "fr";
    }
}
