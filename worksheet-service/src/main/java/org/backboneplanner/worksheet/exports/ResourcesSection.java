package org.backboneplanner.worksheet.exports;

import static org.backboneplanner.worksheet.exports.PdfStyle.BODY;
import static org.backboneplanner.worksheet.exports.PdfStyle.BOLD;
import static org.backboneplanner.worksheet.exports.PdfStyle.cell;
import static org.backboneplanner.worksheet.exports.PdfStyle.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.partner.ResourceKind;
import org.backboneplanner.worksheet.resources.PooledResource;
import org.backboneplanner.worksheet.resources.ResourceTotals;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The resources partners pooled, per role they serve, each with what is secured (committed or delivered) and
 * what is only proposed: money by currency, staff hours per month, other resources; then the whole, where a
 * resource serving several roles counts once.
 */
final class ResourcesSection {

    private ResourcesSection() {
    }

    static void add(Document document, Printout printout) {
        ExportText text = printout.text();
        document.add(PdfStyle.subheading(text.get("resources")));
        List<PooledResource> resources = printout.resources();
        if (resources.isEmpty()) {
            document.add(PdfStyle.paragraph(text.get("none"), BODY));
            return;
        }
        PdfPTable table = PdfStyle.table(List.of(text.get("column.role"), text.get("resources.column.pooled"),
                text.get("resources.secured"), text.get("resources.proposed")), 2.2f, 5.4f, 2.2f, 2.2f);
        List<BackboneRole> roles = new ArrayList<>(List.of(BackboneRole.values()));
        roles.add(null); // resources tied to no role
        for (BackboneRole role : roles) {
            List<PooledResource> serving = resources.stream()
                    .filter(r -> role == null ? r.roles().isEmpty() : r.roles().contains(role)).toList();
            if (serving.isEmpty() && role == null) {
                continue;
            }
            table.addCell(cell(PdfStyle.phrase(SharingSection.roleLabel(role, text), BOLD)));
            table.addCell(serving.isEmpty() ? PdfStyle.cell(text.get("none"))
                    : cell(list(serving.stream().map(r -> resource(r, text)).toList())));
            table.addCell(PdfStyle.cell(totals(ResourceTotals.secured(serving), text)));
            table.addCell(PdfStyle.cell(totals(ResourceTotals.proposed(serving), text)));
        }
        table.addCell(cell(PdfStyle.phrase(text.get("resources.all"), BOLD)));
        table.addCell(PdfStyle.cell(text.get("resources.count", resources.size())));
        table.addCell(cell(PdfStyle.phrase(totals(ResourceTotals.secured(resources), text), BOLD)));
        table.addCell(cell(PdfStyle.phrase(totals(ResourceTotals.proposed(resources), text), BOLD)));
        document.add(table);
        document.add(PdfStyle.paragraph(text.get("resources.note"), PdfStyle.QUIET));
    }

    private static String resource(PooledResource r, ExportText text) {
        StringBuilder line = new StringBuilder();
        line.append(r.partnerName() == null ? "" : r.partnerName() + " — ");
        line.append(r.description() == null || r.description().isBlank() ? text.get("kind." + r.kind())
                : r.description());
        if (r.amount() != null) {
            line.append(" — ").append(quantity(r, text));
        }
        return line.append(" (").append(text.get("resource.status." + r.status())).append(')').toString();
    }

    private static String quantity(PooledResource r, ExportText text) {
        String amount = text.number(r.amount());
        if (r.kind() == ResourceKind.STAFF_TIME && r.unit() != null) {
            return amount + " " + text.get("unit." + r.unit());
        }
        if (r.kind() == ResourceKind.FUNDING) {
            return amount + " " + r.unit() + " " + period(r.from(), r.to(), text);
        }
        return r.unit() == null ? amount : amount + " " + r.unit();
    }

    /** "(du 1 janvier 2026 au 31 décembre 2026)", or says there is none: money always says what period it covers. */
    private static String period(java.time.LocalDate from, java.time.LocalDate to, ExportText text) {
        return from == null && to == null ? text.get("resources.period.none") : text.get("resources.period",
                from == null ? "…" : text.date(from), to == null ? "…" : text.date(to));
    }

    /**
     * "15 000 CAD (du 1 janvier 2026 au 31 décembre 2026); 20 h/mois; 1 autre ressource", or a dash when nothing counts: money
     * is summed per currency and per period, never across periods.
     */
    static String totals(ResourceTotals totals, ExportText text) {
        if (totals.isEmpty()) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<ResourceTotals.Period, java.math.BigDecimal> money : totals.moneyByPeriod().entrySet()) {
            ResourceTotals.Period period = money.getKey();
            parts.add(text.number(money.getValue()) + " " + period.currency() + " "
                    + period(period.from(), period.to(), text));
        }
        if (totals.hoursPerMonth().signum() > 0) {
            parts.add(text.number(totals.hoursPerMonth()) + " " + text.get("unit.HOURS_PER_MONTH"));
        }
        if (totals.others() > 0) {
            parts.add(text.get(totals.others() == 1 ? "resources.other.one" : "resources.other.many", totals.others()));
        }
        return String.join("; ", parts);
    }
}
