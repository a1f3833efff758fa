package org.backboneplanner.partner.importing;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.backboneplanner.partner.directory.PartnerDirectory;
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

/**
 * The directory as a spreadsheet: export it, or import a network's partners from one (administrators;
 * all or nothing, every bad row reported with its line number).
 */
@RestController
class ImportController {

    private final PartnerImport importer;
    private final PartnerDirectory directory;

    ImportController(PartnerImport importer, PartnerDirectory directory) {
        this.importer = importer;
        this.directory = directory;
    }

    @PostMapping(path = "/api/networks/{networkId}/partners/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    Map<String, Integer> importCsv(@PathVariable String networkId, @RequestBody byte[] file, Member member) {
        return Map.of("imported", importer.importCsv(networkId, new String(file, StandardCharsets.UTF_8), member));
    }

    @GetMapping("/api/networks/{networkId}/partners/export")
    ResponseEntity<byte[]> export(@PathVariable String networkId) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("partners-" + networkId + ".csv").build().toString())
                .body(PartnerCsv.write(directory.all(networkId)).getBytes(StandardCharsets.UTF_8));
    }

    @ExceptionHandler(PartnerImport.ImportRejected.class)
    ProblemDetail rejected(PartnerImport.ImportRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Import refused");
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
