package org.backboneplanner.partner.importing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.backboneplanner.partner.directory.PartnerDirectory;
import org.backboneplanner.support.problem.ProblemMessages;
import org.backboneplanner.support.security.Member;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The directory as a spreadsheet: export it, or import a network's partners from one (administrators;
 * all or nothing, every bad row reported with its line number).
 */
@RestController
@Tag(name = "Partner files", description = "The partner directory as a CSV file: download it, or import "
        + "partners from one (administrators).")
class ImportController {

    private static final String REFUSED = "import-refused";

    private final PartnerImport importer;
    private final PartnerDirectory directory;
    private final ProblemMessages messages;

    ImportController(PartnerImport importer, PartnerDirectory directory, ProblemMessages messages) {
        this.importer = importer;
        this.directory = directory;
        this.messages = messages;
    }

    @PostMapping(path = "/api/networks/{networkId}/partners/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "importPartners",
            summary = "Import partners from a CSV file: all or nothing, every bad line reported")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The file, UTF-8, with the columns of the "
            + "export", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "Every partner of the file was stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Imported.class)))
    @ApiResponse(responseCode = "400", description = "Nothing was imported: `errors` lists the problems of the "
            + "file, each with its `line`.")
    @ApiResponse(responseCode = "403", description = "Only the network's administrators import partners.")
    Imported importCsv(@PathVariable String networkId, @RequestBody byte[] file, Member member) {
        return new Imported(importer.importCsv(networkId, new String(file, StandardCharsets.UTF_8), member));
    }

    @GetMapping("/api/networks/{networkId}/partners/export")
    @Operation(operationId = "exportPartners", summary = "Download the directory as CSV, one row per contact")
    @ApiResponse(responseCode = "200", description = "The directory, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> export(@PathVariable String networkId) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("partners-" + networkId + ".csv").build().toString())
                .body(PartnerCsv.write(directory.all(networkId)).getBytes(StandardCharsets.UTF_8));
    }

    /** A refused file: every problem with its line, in the caller's language. */
    @ExceptionHandler(PartnerImport.ImportRejected.class)
    ResponseEntity<ProblemDetail> rejected(PartnerImport.ImportRejected e, HttpServletRequest request) {
        Locale language = ProblemMessages.language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String detail = messages.text(e.found() > PartnerImport.ImportRejected.REPORTED ? "import.refused.first"
                : "import.refused", language, e.found(), PartnerImport.ImportRejected.REPORTED);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(messages.title(REFUSED, HttpStatus.BAD_REQUEST.value(), language));
        problem.setProperty("code", REFUSED);
        problem.setProperty("errors", e.problems().stream().map(p -> new LineError(p.line(), p.field(), p.code(),
                messages.text(p.messageKey(), p.arguments(), language))).toList());
        return ResponseEntity.badRequest().header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).body(problem);
    }

    /** One problem of a refused file, as answered. */
    record LineError(int line, String field, String code, String message) {
    }

    /** How many partners an import stored. */
    record Imported(int imported) {
    }
}
