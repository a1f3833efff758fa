package org.backboneplanner.system.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.backboneplanner.system.hostile.Barrage.Outcome;
import org.backboneplanner.system.hostile.Probe.Kind;

/**
 * The partner import, attacked as a spreadsheet: formula cells that must never come back out of the
 * export as formulas, a header of countless columns and a flood of bad rows that must get a bounded
 * list of problems, control characters, a broken quote, and a member who is no administrator.
 */
final class CsvImportAttacks {

    static final int MAX_PROBLEMS = 100;
    private static final String OPERATION = "POST /api/networks/{networkId}/partners/import";
    private static final String IMPORT = "/api/networks/estrie/partners/import";
    private static final String HEADER = "name,kind,sectors,territory,contact_name,contact_email\r\n";

    private final Scenarios scenarios;
    private final String tag;

    CsvImportAttacks(Scenarios scenarios, String tag) {
        this.scenarios = scenarios;
        this.tag = tag;
    }

    void run() {
        formulas();
        bounded("a header of 120,000 columns", "name,kind," + "c,".repeat(120_000) + "\r\nx,FUNDER\r\n");
        bounded("60,000 bad rows", HEADER + "x\r\n".repeat(60_000));
        bounded("30,000 rows of an unknown kind", HEADER + ",NOPE\r\n".repeat(30_000));
        for (String name : List.of("avant\u0000après " + tag, "\u0001".repeat(200) + tag)) {
            send(Probe.of(OPERATION, "SCENARIO", "control characters in a partner's name").as("carol")
                    .request("POST", IMPORT).body(csv(HEADER + "\"" + name + "\",FUNDER,,,,\r\n"), "text/csv")
                    .allow(400).on2xx(Kind.ACCEPTED).build());
        }
        send(Probe.of(OPERATION, "SCENARIO", "a quote never closed").as("carol").request("POST", IMPORT)
                .body(csv(HEADER + "\"Jamais fermé " + tag + ",FUNDER,,,,\r\n"), "text/csv").allow(400).build());
        send(Probe.of(OPERATION, "SCENARIO", "a member who is no administrator imports").as("alice")
                .request("POST", "/api/networks/monteregie/partners/import")
                .body(csv(HEADER + "Importé par alice " + tag + ",FUNDER,,,,\r\n"), "text/csv").allow(403).on2xx(Kind.BOLA).build());
        bounded("a header of a million columns (2 MB)", "name,kind," + "c,".repeat(1_000_000) + "\r\n");
    }

    /** Formulas may be refused, or stored; never exported so that a spreadsheet runs them. */
    private void formulas() {
        List<String> cells = List.of("=HYPERLINK(\"\"http://attacker.example\"\";\"\"x\"\") " + tag, "+1+1 " + tag,
                "-2+3 " + tag, "@SUM(1) " + tag, "\t=2+1 " + tag, "\r=3+1 " + tag, " =4+1 " + tag);
        StringBuilder file = new StringBuilder(HEADER);
        int n = 0;
        for (String cell : cells) {
            n++;
            file.append('"').append(cell).append("\",COMMUNITY_ORGANIZATION,\"=1+2\",\"@A1 ").append(tag).append(n)
                    .append("\",\"-cmd ").append(tag).append("\",formule").append(n).append('-').append(tag.toLowerCase())
                    .append("@example.org\r\n");
        }
        Outcome imported = send(Probe.of(OPERATION, "SCENARIO", "formula cells").as("carol").request("POST", IMPORT)
                .body(csv(file.toString()), "text/csv").allow(200, 400).build());
        System.out.println("HOSTILE formula cells: import answered " + imported.status() + " " + Report.cut(imported.body(), 200));
        // the same names through the API: whatever the directory holds, the export must not hand it over as formulas
        n = 0;
        for (String cell : cells) {
            n++;
            send(Probe.of("POST /api/networks/{networkId}/partners", "SCENARIO", "a partner named like a formula").as("carol")
                    .request("POST", "/api/networks/estrie/partners").json(Bodies.JSON.createObjectNode()
                            .put("name", cell.replace("\"\"", "\"")).put("kind", "FUNDER")
                            .put("territory", "=" + n + "+1 " + tag).toString()).build());
        }
        Probe export = Probe.of("GET /api/networks/{networkId}/partners/export", "SCENARIO", "export after formula cells")
                .as("carol").request("GET", "/api/networks/estrie/partners/export").build();
        Outcome exported = send(export);
        if (exported.status() != 200) {
            return;
        }
        List<String> ours = cells(exported.body()).stream().filter(cell -> cell.contains(tag)).toList();
        if (imported.status() == 200 && ours.isEmpty()) {
            throw new IllegalStateException("the imported partners are not in the export: " + Report.cut(exported.body(), 300));
        }
        for (String cell : ours) {
            if (Scenarios.startsLikeAFormula(cell)) {
                scenarios.violation(Kind.ACCEPTED, export, exported, "a formula cell comes out as a formula: "
                        + Report.cut(cell, 60));
            }
        }
    }

    /** Refused with a list of problems that stays short, however many there are. */
    private void bounded(String label, String file) {
        Probe probe = Probe.of(OPERATION, "SCENARIO", label).as("carol").request("POST", IMPORT).body(csv(file), "text/csv")
                .allow(400, 413).build();
        Outcome outcome = send(probe);
        if (outcome.status() == 400 && Report.isProblem(outcome)) {
            int problems = outcome.body().length() >= Barrage.MAX_BODY ? Integer.MAX_VALUE
                    : Bodies.JSON.readTree(outcome.body()).path("errors").size();
            if (problems > MAX_PROBLEMS) {
                scenarios.violation(Kind.ACCEPTED, probe, outcome, (problems == Integer.MAX_VALUE ? "over a megabyte of"
                        : String.valueOf(problems)) + " problems listed, more than " + MAX_PROBLEMS);
            }
        }
    }

    private Outcome send(Probe probe) {
        return scenarios.send(probe);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The cells of a CSV text, quotes undone. */
    static List<String> cells(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n' || c == ';') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
