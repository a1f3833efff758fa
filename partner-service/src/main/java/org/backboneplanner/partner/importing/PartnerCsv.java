package org.backboneplanner.partner.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.backboneplanner.events.Limits;
import org.backboneplanner.partner.directory.Contact;
import org.backboneplanner.partner.directory.Partner;
import org.backboneplanner.partner.directory.PartnerDescription;
import org.backboneplanner.partner.directory.PartnerKind;
import org.backboneplanner.partner.directory.SearchText;
import org.backboneplanner.support.text.TextRules;
import org.backboneplanner.support.web.CsvCells;

/**
 * The partner directory as CSV. One row per contact: a partner with several contacts takes several
 * consecutive rows with the same name (its other columns filled on the first row, or repeated the
 * same); a partner without contact takes one row. Sectors are separated by ";" within their cell.
 */
final class PartnerCsv {

    static final List<String> COLUMNS = List.of("name", "kind", "website", "sectors", "territory", "influential",
            "notes", "contact_name", "contact_role", "contact_email", "contact_phone", "contact_language");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+() .\\-x]*");
    private static final Pattern WEBSITE = Pattern.compile("https?://\\S+");
    private static final Set<String> YES = Set.of("yes", "true", "oui", "vrai", "1", "x");
    private static final Set<String> NO = Set.of("", "no", "false", "non", "faux", "0");
    /** More columns than this is no directory: the file is refused with one problem, not one per column. */
    private static final int MAX_COLUMNS = 2 * 12;

    private PartnerCsv() {
    }

    /** One problem of an import: the line of the file, the column, and what is wrong. */
    record LineProblem(int line, String field, String code, String messageKey, List<Object> arguments) {

        static LineProblem of(int line, String field, String code, String messageKey, Object... arguments) {
            return new LineProblem(line, field, code, messageKey, Arrays.asList(arguments));
        }
    }

    /** The partners a file describes, with the first line of each, or the file's problems. */
    record Parsed(List<PartnerDescription> partners, List<Integer> lines, List<LineProblem> problems) {
    }

    static Parsed parse(String text, int maxRows) {
        List<Csv.Row> rows = Csv.parse(text);
        List<LineProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(LineProblem.of(1, null, "empty-file", "line.empty"));
            return new Parsed(List.of(), List.of(), problems);
        }
        Map<String, Integer> column = new LinkedHashMap<>();
        List<String> header = rows.get(0).cells();
        if (header.size() > MAX_COLUMNS) {
            problems.add(LineProblem.of(1, null, "columns", "line.too-many-columns", header.size(),
                    String.join(", ", COLUMNS)));
            return new Parsed(List.of(), List.of(), problems);
        }
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(LineProblem.of(1, name, "unknown-column", "line.unknown-column", String.join(", ", COLUMNS)));
            }
            column.put(name, i);
        }
        for (String required : List.of("name", "kind")) {
            if (!column.containsKey(required)) {
                problems.add(LineProblem.of(1, required, "required", "line.required-column"));
            }
        }
        if (rows.size() - 1 > maxRows) {
            problems.add(LineProblem.of(1, null, "size", "line.rows", maxRows));
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), List.of(), problems);
        }
        List<PartnerDescription> partners = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String previousKey = null;
        for (Csv.Row row : rows.subList(1, rows.size())) {
            RowReader cells = new RowReader(row, column, problems);
            String name = cells.get("name");
            String key = SearchText.fold(name);
            Contact contact = cells.contact();
            if (!key.isEmpty() && key.equals(previousKey) && !partners.isEmpty()) {
                // another contact of the partner above
                PartnerDescription above = partners.get(partners.size() - 1);
                if (contact != null && above.contacts().size() >= Limits.CONTACTS) {
                    problems.add(LineProblem.of(row.line(), "contact_name", "size", "line.contacts",
                            Limits.CONTACTS));
                } else if (contact != null) {
                    List<Contact> contacts = new ArrayList<>(above.contacts());
                    contacts.add(contact);
                    partners.set(partners.size() - 1, new PartnerDescription(above.name(), above.kind(), above.website(),
                            above.sectors(), above.territory(), contacts, above.notes(), above.influential()));
                }
                continue;
            }
            PartnerDescription partner = cells.partner(contact);
            if (partner != null) {
                partners.add(partner);
                lines.add(row.line());
            }
            // only an accepted partner takes further contacts; after a bad row, the same name is its own row
            previousKey = partner != null ? key : null;
        }
        return new Parsed(partners, lines, problems);
    }

    static String write(List<Partner> partners) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(CsvCells.line(COLUMNS));
        for (Partner partner : partners) {
            PartnerDescription d = partner.description();
            List<String> fields = Arrays.asList(d.name(), d.kind().name(), d.website(), String.join(";", d.sectors()),
                    d.territory(), d.influential() ? "yes" : "no", d.notes());
            if (d.contacts().isEmpty()) {
                csv.append(CsvCells.line(concat(fields, Arrays.asList(null, null, null, null, null))));
            }
            for (Contact c : d.contacts()) {
                csv.append(CsvCells.line(concat(fields, Arrays.asList(c.name(), c.role(), c.email(), c.phone(), c.language()))));
            }
        }
        return csv.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Reads one row's cells, noting each problem with its line. */
    private static final class RowReader {
        private static final Set<String> MULTI_LINE = Set.of("notes");
        private final Csv.Row row;
        private final Map<String, Integer> column;
        private final List<LineProblem> problems;

        RowReader(Csv.Row row, Map<String, Integer> column, List<LineProblem> problems) {
            this.row = row;
            this.column = column;
            this.problems = problems;
        }

        String get(String name) {
            Integer index = column.get(name);
            if (index == null || index >= row.cells().size()) {
                return "";
            }
            String value = row.cells().get(index).strip();
            int refused = TextRules.firstRefused(value);
            if (refused >= 0) {
                problem(name, "control-characters", "field.control-characters", TextRules.name(refused));
                return "";
            }
            if (!MULTI_LINE.contains(name) && !TextRules.oneLine(value)) {
                problem(name, "one-line", "field.one-line");
            }
            return TextRules.normalizeLineBreaks(value);
        }

        String optional(String name, int max) {
            String value = get(name);
            if (value.length() > max) {
                problem(name, "size", "field.size.text.max", 0, max);
            }
            return value.isEmpty() ? null : value;
        }

        Contact contact() {
            String name = get("contact_name");
            String role = optional("contact_role", 200);
            String email = optional("contact_email", 320);
            String phone = optional("contact_phone", 40);
            String language = get("contact_language").toLowerCase(Locale.ROOT);
            if (name.isEmpty() && role == null && email == null && phone == null) {
                return null;
            }
            if (name.isEmpty()) {
                problem("contact_name", "required", "line.contact-name");
            } else if (name.length() > 200) {
                problem("contact_name", "size", "field.size.text.max", 0, 200);
            }
            if (email != null && !EMAIL.matcher(email).matches()) {
                problem("contact_email", "email", "field.email");
            }
            if (phone != null && !PHONE.matcher(phone).matches()) {
                problem("contact_phone", "phone", "field.phone");
            }
            if (!language.isEmpty() && !Set.of("fr", "en").contains(language)) {
                problem("contact_language", "one-of", "field.one-of", "fr, en");
            }
            return new Contact(name, role, email, phone, language.isEmpty() ? "fr" : language);
        }

        PartnerDescription partner(Contact contact) {
            int before = problems.size();
            String name = get("name");
            if (name.isEmpty()) {
                problem("name", "required", "line.partner-name");
            } else if (name.length() > 200) {
                problem("name", "size", "field.size.text.max", 0, 200);
            }
            PartnerKind kind = null;
            String kindText = get("kind").toUpperCase(Locale.ROOT);
            try {
                kind = PartnerKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                problem("kind", "one-of", "field.invalid-value.one-of", get("kind"), Arrays.stream(PartnerKind.values())
                        .map(Enum::name).collect(Collectors.joining(", ")));
            }
            String website = optional("website", 500);
            if (website != null && !WEBSITE.matcher(website).matches()) {
                problem("website", "http-address", "field.http-address");
            }
            List<String> sectors = Arrays.stream(get("sectors").split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).distinct().toList();
            if (sectors.size() > 20 || sectors.stream().anyMatch(s -> s.length() > 100)) {
                problem("sectors", "size", "line.sectors");
            }
            String territory = optional("territory", 200);
            String notes = optional("notes", 4000);
            String influential = get("influential").toLowerCase(Locale.ROOT);
            if (!YES.contains(influential) && !NO.contains(influential)) {
                problem("influential", "one-of", "line.yes-no");
            }
            if (problems.size() > before) {
                return null;
            }
            return new PartnerDescription(name, kind, website, sectors, territory,
                    contact == null ? List.of() : List.of(contact), notes, YES.contains(influential));
        }

        private void problem(String field, String code, String messageKey, Object... arguments) {
            problems.add(LineProblem.of(row.line(), field, code, messageKey, arguments));
        }
    }
}
