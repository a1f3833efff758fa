package org.backboneplanner.notification.mail;

import java.time.Instant;

import org.backboneplanner.support.problem.ForbiddenException;
import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Paged;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** What the system mailed in a network and what failed, for the network's administrators. */
@RestController
@Tag(name = "Mail log", description = "What the system mailed for a network, and what failed "
        + "(administrators).")
@Validated
class MailLogController {

    private final MailQueue queue;

    MailLogController(MailQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/api/networks/{networkId}/mail-log")
    @Operation(operationId = "mailLog",
            summary = "What was mailed for the network, newest first: sent, pending, failed or skipped",
            description = "Pending reminders are each next step's next one only: the reminder that follows is planned "
                    + "when that one falls due.")
    @ApiResponse(responseCode = "403", description = "The mail log is for the network's administrators.")
    Paged<LogEntry> log(@PathVariable String networkId, @Parameter(description = "Only mails in this state")
                        @RequestParam(required = false) MailStatus status,
                        @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Member member) {
        if (!member.administers(networkId)) {
            throw new ForbiddenException("forbidden.mail-log");
        }
        Paged<Mail> mails = queue.log(networkId, status, page, size);
        return new Paged<>(mails.items().stream().map(LogEntry::of).toList(), page, size, mails.total());
    }

    /**
     * One mail in the log, with what it is about (its initiative, its step's title), since a mail not yet sent has
     * no subject yet: five pending reminders to one person otherwise read alike.
     */
    record LogEntry(String id, MailKind kind, String recipient, String subject, MailStatus status, int attempts,
                    Instant sendAt, Instant sentAt, String lastError, String initiativeId,
                    @Schema(description = "The initiative the mail is about, by its name when the mail was queued")
                    String initiativeName,
                    @Schema(description = "The next step a reminder is about: its title") String stepTitle) {

        static LogEntry of(Mail mail) {
            return new LogEntry(mail.id(), mail.kind(), mail.recipient(), mail.subject(), mail.status(), mail.attempts(),
                    mail.sendAt(), mail.sentAt(), mail.lastError(), mail.initiativeId(), mail.initiativeName(),
                    mail.stepId() == null ? null : mail.title());
        }
    }
}
