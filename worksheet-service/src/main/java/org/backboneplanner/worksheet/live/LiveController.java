package org.backboneplanner.worksheet.live;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The stream of changes to a worksheet, for whoever may read it. */
@RestController
class LiveController {

    private final Initiatives initiatives;
    private final LiveWorksheets live;

    LiveController(Initiatives initiatives, LiveWorksheets live) {
        this.initiatives = initiatives;
        this.live = live;
    }

    @GetMapping(path = "/api/networks/{networkId}/initiatives/{initiativeId}/worksheet/live",
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter watch(@PathVariable String networkId, @PathVariable String initiativeId, Member member) {
        initiatives.read(networkId, initiativeId, member);
        return live.watch(networkId, initiativeId, member);
    }
}
