package org.backboneplanner.worksheet.sharing;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.Limits;
import org.backboneplanner.support.text.OneLine;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the API takes for step 2: a role's sharing, pooling intentions, a plan's notes. */
final class SharingRequests {

    private SharingRequests() {
    }

    /** Whether the role is shared, and its key tasks with the partners who take them on. */
    record SharingInput(@NotNull Boolean shared, @NotNull @Size(max = Limits.TASKS) List<@Valid @NotNull TaskInput> tasks) {
    }

    record TaskInput(@NotBlank @OneLine @Size(max = Limits.TASK) String task,
                     @NotNull @Size(max = Limits.TASK_PARTNERS) List<@NotBlank @Size(max = Limits.ID) String> partnerIds) {
    }

    record PoolingInput(@NotNull @Size(max = Limits.INTENTIONS) List<@Valid @NotNull IntentionInput> intentions) {
    }

    /** What to pool (money, staff time, a space...), with which partner if known, for which roles. */
    record IntentionInput(@NotBlank @Size(max = Limits.ITEM) String description, @Size(max = Limits.ID) String partnerId,
                          @Size(max = 6) List<@NotNull BackboneRole> roles) {
    }

    record PlanInput(@Size(max = Limits.NOTES) String notes) {
    }
}
