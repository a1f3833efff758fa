package org.backboneplanner.worksheet.mysteps;

import java.util.ArrayList;
import java.util.List;

import org.backboneplanner.support.security.Member;
import org.backboneplanner.support.store.Paged;
import org.backboneplanner.worksheet.WorksheetProperties;
import org.backboneplanner.worksheet.domain.Initiative;
import org.backboneplanner.worksheet.domain.Initiatives;
import org.backboneplanner.worksheet.domain.NextStep;
import org.backboneplanner.worksheet.domain.StepHolder;
import org.backboneplanner.worksheet.domain.StepPlace;
import org.backboneplanner.worksheet.worksheet.NextStepView;
import org.backboneplanner.worksheet.worksheet.PathKeys;
import org.backboneplanner.worksheet.worksheet.StepCalendar;
import org.backboneplanner.worksheet.worksheet.StepCalendars;
import org.springframework.stereotype.Component;

/**
 * The open next steps a member owns across every initiative of every network of theirs that they may still
 * read. Bounded: at most {@code backbone.worksheet.my-steps-initiatives} initiatives are looked at, each with
 * at most 50 steps per role or plan.
 */
@Component
class MySteps {

    private final Initiatives initiatives;
    private final StepCalendars calendars;
    private final WorksheetProperties properties;

    MySteps(Initiatives initiatives, StepCalendars calendars, WorksheetProperties properties) {
        this.initiatives = initiatives;
        this.calendars = calendars;
        this.properties = properties;
    }

    Paged<MyStep> of(Member member, int page, int size) {
        List<MyStep> all = new ArrayList<>();
        for (Initiative initiative : initiatives.withStepsOwnedBy(member, properties.myStepsInitiatives())) {
            StepCalendar calendar = calendars.of(initiative);
            initiative.roles().forEach(row -> collect(initiative, StepPlace.of(row.role()), row, calendar, member, all));
            initiative.plans().forEach(plan -> collect(initiative, StepPlace.of(plan.kind()), plan, calendar, member, all));
        }
        all.sort(MyStep.ORDER);
        int from = (int) Math.min((long) page * size, all.size());
        return new Paged<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    private static void collect(Initiative initiative, StepPlace place, StepHolder holder, StepCalendar calendar,
                                Member member, List<MyStep> into) {
        for (NextStep step : holder.nextSteps()) {
            if (step.status().isOpen() && step.owner() != null && member.id().equals(step.owner().memberId())) {
                into.add(MyStep.of(initiative.networkId(), initiative.id(), initiative.name(), PathKeys.of(place),
                        NextStepView.of(place, step, calendar)));
            }
        }
    }
}
