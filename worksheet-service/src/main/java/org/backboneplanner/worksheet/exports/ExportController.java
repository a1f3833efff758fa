package org.backboneplanner.worksheet.exports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.worksheet.WorksheetProperties;
import org.backboneplanner.worksheet.debrief.DebriefAnswers;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.resources.PooledResources;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

/** The worksheet to print (PDF) or its next steps for a spreadsheet (CSV), in French or English. */
@RestController
@Tag(name = "Exports", description = "The worksheet to print (PDF) or its next steps for a spreadsheet (CSV), in "
        + "French or English.")
@Validated
class ExportController {

    private final Initiatives initiatives;
    private final PooledResources resources;
    private final DebriefAnswers answers;
    private final Clock clock;
    private final WorksheetProperties properties;

    ExportController(Initiatives initiatives, PooledResources resources, DebriefAnswers answers, Clock clock,
                     WorksheetProperties properties) {
        this.initiatives = initiatives;
        this.resources = resources;
        this.answers = answers;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/export")
    @Operation(operationId = "exportWorksheet",
            summary = "Download the worksheet as a PDF to print, or its next steps as CSV")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment named after the initiative",
            content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> export(@PathVariable String networkId, @PathVariable String initiativeId,
                                  @Parameter(description = "`pdf`: the whole worksheet (step 1, step 2 with the "
                                          + "pooled resources and their totals, plans, the debrief with its answers); "
                                          + "`csv`: the next steps")
                                  @RequestParam(defaultValue = "pdf") @Pattern(regexp = "pdf|csv",
                                          message = "one-of") String format,
                                  @Parameter(description = "The language of the headings")
                                  @RequestParam(defaultValue = "fr") @Pattern(regexp = "fr|en",
                                          message = "one-of") String lang,
                                  Member member) {
        Initiative initiative = initiatives.read(networkId, initiativeId, member);
        ExportText text = new ExportText(lang);
        if (format.equals("csv")) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.attachment(initiative.name() + " — "
                            + text.get("file.csv") + ".csv"))
                    .body(NextStepsCsv.of(initiative, text).getBytes(StandardCharsets.UTF_8));
        }
        String versionName = initiative.basedOnVersionId() == null ? null : initiative.version(initiative.basedOnVersionId())
                .map(v -> v.name()).orElse(null);
        byte[] pdf = WorksheetPdf.of(new Printout(initiative, versionName,
                resources.of(networkId, initiative.id()), answers.of(networkId, initiative.id()), text,
                LocalDate.now(clock.withZone(properties.zone()))));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.attachment(initiative.name() + " — "
                        + text.get("file.pdf") + ".pdf"))
                .body(pdf);
    }
}
