package org.backboneplanner.worksheet.worksheet;

import java.util.List;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Carrier;
import org.backboneplanner.support.web.Etags;
import org.backboneplanner.worksheet.initiative.Initiative;
import org.backboneplanner.worksheet.nextstep.NextStepView;

/** The worksheet as the API shows it: the six rows in the seed's order, each with its own ETag. */
public record WorksheetView(String initiativeId, String networkId, String initiativeName, List<RoleView> roles) {

    public static WorksheetView of(Initiative initiative) {
        return new WorksheetView(initiative.id(), initiative.networkId(), initiative.name(),
                initiative.roles().stream().map(RoleView::of).toList());
    }

    public static String etag(Initiative initiative) {
        return Etags.of("w" + initiative.revision());
    }

    /** One row; send {@code etag} back in {@code If-Match} to change it. */
    public record RoleView(BackboneRole key, String labelFr, String labelEn, List<Carrier> carriers,
                           List<String> strengths, List<String> weaknesses, List<NextStepView> nextSteps,
                           String etag) {

        public static RoleView of(RoleRow row) {
            return new RoleView(row.role(), row.role().labelFr(), row.role().labelEn(), row.carriers(),
                    row.strengths(), row.weaknesses(),
                    row.nextSteps().stream().map(step -> NextStepView.of(row.role(), step)).toList(), etag(row));
        }

        public static String etag(RoleRow row) {
            return Etags.of(row.role() + "-" + row.version());
        }
    }
}
