package org.backboneplanner.notification.preferences;

import java.util.List;

import org.backboneplanner.notification.reminder.ReminderPlanner;
import org.backboneplanner.support.problem.FieldProblem;
import org.backboneplanner.support.problem.InvalidInputException;
import org.backboneplanner.support.security.Member;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The member's own mail preferences: when reminders come, the weekly digest, the language, a pause.
 * Changing offsets or pausing replans the member's pending reminders at once.
 */
@RestController
@Tag(name = "Notification preferences", description = "How and when you get mail: reminder offsets, "
        + "the weekly digest, language, pause.")
class PreferencesController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PreferencesController.class);

    private final PreferencesStore store;
    private final ReminderPlanner reminders;

    PreferencesController(PreferencesStore store, ReminderPlanner reminders) {
        this.store = store;
        this.reminders = reminders;
    }

    @GetMapping("/api/me/notification-preferences")
    @Operation(operationId = "getNotificationPreferences",
            summary = "Your mail preferences: reminder offsets, weekly digest, language, pause")
    PreferencesView get(Member member) {
        return PreferencesView.of(store.of(email(member), language(member)));
    }

    @PutMapping("/api/me/notification-preferences")
    @Operation(operationId = "setNotificationPreferences",
            summary = "Set your mail preferences; your reminders are planned anew with them")
    PreferencesView put(@Valid @RequestBody PreferencesView request, Member member) {
        Preferences current = store.of(email(member), language(member));
        Preferences saved = store.save(new Preferences(current.email(), member.id(),
                request.offsetsDays().stream().distinct().sorted((a, b) -> b - a).toList(),
                Boolean.TRUE.equals(request.digest()), request.language(), Boolean.TRUE.equals(request.paused()),
                current.unsubscribed() && !Boolean.TRUE.equals(request.resubscribe()), null));
        try {
            reminders.replanOwner(saved.email());
        } catch (RuntimeException e) {
            // the preferences are stored; pauses apply at sending, offsets at the next change of a step
            log.warn("Reminders of {} not replanned after a preferences change: {}", saved.email(), e.getMessage());
        }
        return PreferencesView.of(saved);
    }

    private static String email(Member member) {
        if (member.email() == null) {
            throw new InvalidInputException(FieldProblem.said("email", "required", "field.no-address"));
        }
        return member.email();
    }

    private static String language(Member member) {
        return member.locale() != null && member.locale().startsWith("en") ? "en" : "fr";
    }

    /**
     * Preferences as the API shows and takes them. {@code offsetsDays}: days before a due date (0 = the
     * day itself), at most 5, each 0 to 60; {@code resubscribe}: true to receive mail again after a one-click unsubscribe.
     */
    record PreferencesView(
            @NotNull @Size(max = Preferences.MAX_OFFSETS)
            List<@NotNull @Min(0) @Max(Preferences.MAX_OFFSET_DAYS) Integer> offsetsDays,
            Boolean digest,
            @NotNull @Pattern(regexp = "fr|en", message = "one-of") String language,
            Boolean paused,
            Boolean unsubscribed,
            Boolean resubscribe) {

        static PreferencesView of(Preferences p) {
            return new PreferencesView(p.offsetsDays(), p.digest(), p.language(), p.paused(), p.unsubscribed(), false);
        }
    }
}
