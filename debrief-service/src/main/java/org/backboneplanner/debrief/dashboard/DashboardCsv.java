package org.backboneplanner.debrief.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.backboneplanner.debrief.analytics.NetworkAnalytics;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.Maturity;
import org.backboneplanner.support.web.CsvCells;

/**
 * The dashboard's initiatives as CSV: one row per initiative, one column per role's score out of 4, in the reader's
 * words (maturity too), with a byte-order mark so that a spreadsheet opens the accents right.
 */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static String write(Dashboard dashboard, String language) {
        boolean en = "en".equals(language);
        List<String> header = new ArrayList<>(List.of(en ? "Initiative" : "Initiative", en ? "Maturity" : "Maturité",
                en ? "Coverage score (%)" : "Score de couverture (%)"));
        for (BackboneRole role : BackboneRole.values()) {
            header.add(role.label(en ? "en" : "fr") + (en ? " (out of 4)" : " (sur 4)"));
        }
        header.addAll(en ? List.of("Roles to find", "Overdue steps", "Open steps", "Roles with nothing beyond 12 months")
                : List.of("Rôles à trouver", "Étapes en retard", "Étapes ouvertes", "Rôles sans rien au-delà de 12 mois"));
        StringBuilder csv = new StringBuilder("\uFEFF").append(CsvCells.line(header));
        for (Dashboard.Row row : dashboard.initiatives()) {
            List<String> cells = new ArrayList<>(List.of(row.name(), maturity(row.maturity(), en),
                    String.valueOf(row.coverageScore())));
            row.cells().stream().map(NetworkAnalytics.RoleCell::score).forEach(s -> cells.add(String.valueOf(s)));
            cells.addAll(List.of(String.valueOf(row.rolesToFind()), String.valueOf(row.overdueSteps()),
                    String.valueOf(row.openSteps()), String.valueOf(row.rolesWithNothingBeyondTwelveMonths())));
            csv.append(CsvCells.line(cells));
        }
        return csv.toString();
    }

    /** As the web UI names it. */
    private static String maturity(Maturity maturity, boolean en) {
        if (maturity == null) {
            return "";
        }
        return switch (maturity) {
            case EMERGING -> en ? "emerging" : "émergente";
            case DEVELOPING -> en ? "developing" : "en développement";
            case MATURE -> "mature";
        };
    }

    /** The file's name in the reader's language. */
    static String fileName(String networkId, String language) {
        return ("en".equals(language) ? "dashboard-" : "tableau-de-bord-") + networkId + ".csv";
    }
}
