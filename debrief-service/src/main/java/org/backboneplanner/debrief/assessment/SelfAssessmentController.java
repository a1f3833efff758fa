package org.backboneplanner.debrief.assessment;

import org.backboneplanner.debrief.coverage.Coverages;
import org.backboneplanner.debrief.coverage.InitiativeCoverage;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.support.problem.ForbiddenException;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Members rate each role's current strength; the debrief sets the group's view beside the worksheet's. */
@RestController
@Tag(name = "Self-assessment", description = "Each member rates each role's current strength from 1 to 5 with a "
        + "word of why; the group sees the average, the spread and where it disagrees most.")
class SelfAssessmentController {

    private final Coverages coverages;
    private final SelfAssessments assessments;
    private final SelfAssessmentReader reader;

    SelfAssessmentController(Coverages coverages, SelfAssessments assessments, SelfAssessmentReader reader) {
        this.coverages = coverages;
        this.assessments = assessments;
        this.reader = reader;
    }

    @GetMapping("/api/networks/{networkId}/initiatives/{initiativeId}/debrief/self-assessment")
    @Operation(operationId = "getSelfAssessment",
            summary = "The group's ratings of each role beside what the worksheet says, and your own ratings")
    SelfAssessmentView get(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        InitiativeCoverage coverage = coverages.get(networkId, initiativeId, member);
        return reader.read(coverage, member);
    }

    @PutMapping("/api/networks/{networkId}/initiatives/{initiativeId}/debrief/self-assessment/{roleKey}")
    @Operation(operationId = "rateRole",
            summary = "Rate a role's current strength (1 to 5) with a word of why; each member has one rating per role")
    ResponseEntity<MyRating> rate(@PathVariable String networkId, @PathVariable String initiativeId,
                                  @PathVariable String roleKey,
                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @Valid @RequestBody RatingInput body, Member member) {
        InitiativeCoverage coverage = coverages.get(networkId, initiativeId, member);
        BackboneRole role = BackboneRole.fromKey(roleKey);
        if (role == null) {
            throw new NotFoundException("not-found.role", roleKey);
        }
        if (!SelfAssessmentReader.mayRate(coverage, member)) {
            throw new ForbiddenException("forbidden.rating");
        }
        MyRating rated = assessments.rate(networkId, initiativeId, role, body, ifMatch, member);
        return ResponseEntity.ok().eTag(rated.etag()).body(rated);
    }
}
