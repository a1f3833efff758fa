package org.backboneplanner.notification.preferences;

import java.util.Optional;

import org.backboneplanner.support.problem.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * One-click unsubscribe (RFC 8058), without login. A mail client POSTs {@code List-Unsubscribe=One-Click}
 * to the link; a person following the link gets a page with a button, since a GET must not change
 * anything (mail scanners open links).
 */
@RestController
@Tag(name = "Unsubscribe", description = "The link at the end of every mail: no login, a signed token "
        + "instead (RFC 8058 one-click).")
class UnsubscribeController {

    private final UnsubscribeLinks links;
    private final PreferencesStore store;

    UnsubscribeController(UnsubscribeLinks links, PreferencesStore store) {
        this.links = links;
        this.store = store;
    }

    @GetMapping(path = "/api/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(operationId = "confirmUnsubscribe",
            summary = "The page a mail's unsubscribe link opens, asking to confirm")
    @ApiResponse(responseCode = "200", description = "A page asking to confirm",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "The link is not valid: its token is missing, altered "
            + "or unknown.")
    String confirm(
            @Parameter(description = "The signed token of the mail's link")
            @RequestParam(required = false) String token) {
        String email = address(token);
        return page("<p>Se désabonner des rappels, résumés, invitations et mentions de Backbone Planner pour "
                + HtmlUtils.htmlEscape(email) + " ? / Unsubscribe " + HtmlUtils.htmlEscape(email)
                + " from Backbone Planner reminders, digests, invitations and mentions?</p>"
                + "<form method=\"post\"><input type=\"hidden\" name=\"token\" value=\"" + HtmlUtils.htmlEscape(token)
                + "\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                + "<button type=\"submit\">Se désabonner / Unsubscribe</button></form>");
    }

    @PostMapping(path = "/api/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(operationId = "unsubscribe",
            summary = "Stop all mail to the link's address (one-click, as mail clients do)")
    @ApiResponse(responseCode = "200", description = "Done: a page saying no more mail will come",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "404", description = "The link is not valid: its token is missing, altered "
            + "or unknown.")
    ResponseEntity<String> unsubscribe(
            @Parameter(description = "The signed token of the mail's link")
            @RequestParam(required = false) String token) {
        store.unsubscribe(address(token));
        return ResponseEntity.ok(page("<p>C'est fait : vous ne recevrez plus nos courriels. / Done: you will get no "
                + "more mail from us.</p>"));
    }

    private String address(String token) {
        Optional<String> email = links.verify(token);
        return email.orElseThrow(() -> new NotFoundException("not-found.unsubscribe-link"));
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Backbone Planner</title></head>"
                + "<body style=\"font-family:sans-serif;max-width:40em;margin:2em auto\">" + body + "</body></html>";
    }
}
