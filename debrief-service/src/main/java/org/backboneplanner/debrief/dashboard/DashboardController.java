package org.backboneplanner.debrief.dashboard;

import java.nio.charset.StandardCharsets;

import org.backboneplanner.support.security.Member;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.validation.annotation.Validated;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

/** A network's initiatives side by side, role by role: those the member may read. */
@RestController
@Validated
@Tag(name = "Dashboard", description = "A network's initiatives side by side, by how they cover the six "
        + "roles; roles weak across the network, partners carrying many roles, money pooled per partner, months.")
class DashboardController {

    private final NetworkDashboards dashboards;

    DashboardController(NetworkDashboards dashboards) {
        this.dashboards = dashboards;
    }

    @GetMapping("/api/networks/{networkId}/dashboard")
    @Operation(operationId = "getDashboard",
            summary = "The network's dashboard: how each initiative you may read covers the six roles")
    Dashboard dashboard(@PathVariable String networkId, @ParameterObject
                        DashboardQuery query, Member member) {
        return dashboards.dashboard(networkId, member, query);
    }

    @GetMapping("/api/networks/{networkId}/dashboard/export")
    @Operation(operationId = "exportDashboard",
            summary = "Download the dashboard's initiatives as CSV, filtered and sorted like the dashboard")
    @ApiResponse(responseCode = "200", description = "One row per initiative, as an attachment",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> export(@PathVariable String networkId,
                                  @ParameterObject DashboardQuery query,
                                  @Parameter(description = "Language of the column names: fr (default) or en")
                                  @RequestParam(required = false, defaultValue = "fr")
                                  @Pattern(regexp = "fr|en", message = "one-of") String lang, Member member) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(DashboardCsv.fileName(networkId, lang)).build().toString())
                .body(DashboardCsv.write(dashboards.dashboard(networkId, member, query), lang)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
