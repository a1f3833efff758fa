package org.backboneplanner.gateway.me;

import org.backboneplanner.gateway.security.SessionTokens;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Mono;

/** Who is logged in, and in which networks with which role: what the web UI shows first. */
@RestController
@Tag(name = "Me", description = "Who is signed in.")
class MeController {

    private final SessionTokens tokens;

    MeController(SessionTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/api/me")
    @Operation(operationId = "getMe", summary = "Who you are, and the networks you belong to with your role in each")
    Mono<MeView> me(Authentication authentication, ServerWebExchange exchange) {
        return tokens.accessToken(authentication, exchange).map(MeView::of);
    }
}
