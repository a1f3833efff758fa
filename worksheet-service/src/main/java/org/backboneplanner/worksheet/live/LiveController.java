package org.backboneplanner.worksheet.live;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The stream of changes to a worksheet, for whoever may read it. */
@RestController
@Tag(name = "Live", description = "A worksheet's changes as they happen, as Server-Sent Events.")
class LiveController {

    private final Initiatives initiatives;
    private final LiveWorksheets live;

    LiveController(Initiatives initiatives, LiveWorksheets live) {
        this.initiatives = initiatives;
        this.live = live;
    }

    @GetMapping(path = "/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/live",
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "watchWorksheet",
            summary = "Follow a worksheet: each change as it happens, as Server-Sent Events")
    @ApiResponse(responseCode = "200", description = "Server-Sent Events: `open` once, then a `change` for each "
            + "change of the worksheet (its id the change's sequence; its data JSON: `type`, `sequence`, `actorName`, "
            + "`role`, `plan`, `stepId`). Read it again to see the change.",
            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "429", description = "You already follow as many worksheets live as one member "
            + "may (5); close one first.")
    SseEmitter watch(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        initiatives.read(networkId, initiativeId, member);
        return live.watch(networkId, initiativeId, member);
    }
}
