package org.backboneplanner.debrief.answers;

import org.backboneplanner.debrief.coverage.Coverages;
import org.backboneplanner.support.problem.NotFoundException;
import org.backboneplanner.support.security.Member;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The group writes its answer to one debrief question. */
@RestController
@Tag(name = "Debrief")
class AnswerController {

    private final Coverages coverages;
    private final DebriefAnswers answers;

    AnswerController(Coverages coverages, DebriefAnswers answers) {
        this.coverages = coverages;
        this.answers = answers;
    }

    @PutMapping("/api/networks/{networkId}/initiatives/{initiativeId}/debrief/answers/{question}")
    @Operation(operationId = "answerDebriefQuestion",
            summary = "Write the group's answer to one of the debrief's three questions")
    ResponseEntity<AnswerView> answer(@PathVariable String networkId, @PathVariable String initiativeId,
                                      @PathVariable String question,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody Answer body, Member member) {
        coverages.get(networkId, initiativeId, member).requireEditableBy(member);
        AnswerView answered = answers.answer(networkId, initiativeId, question(question), body.answer().strip(), ifMatch,
                member);
        return ResponseEntity.ok().eTag(answered.etag()).body(answered);
    }

    private static DebriefQuestion question(String name) {
        try {
            return DebriefQuestion.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("not-found.question", name);
        }
    }

    record Answer(@NotNull @Size(max = 8000) String answer) {
    }
}
