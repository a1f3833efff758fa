package org.backboneplanner.debrief.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.backboneplanner.debrief.analytics.Carrying;
import org.backboneplanner.debrief.analytics.Figures;
import org.backboneplanner.debrief.analytics.Planning;
import org.backboneplanner.debrief.analytics.PointTexts;
import org.backboneplanner.debrief.analytics.Pooling;
import org.backboneplanner.debrief.analytics.TalkingPoints.Question;
import org.backboneplanner.debrief.answers.AnswerView;
import org.backboneplanner.debrief.assessment.SelfAssessmentView;
import org.backboneplanner.debrief.initiative.DebriefView;
import org.backboneplanner.events.BackboneRole;
import org.backboneplanner.events.worksheet.CarrierKind;

/**
 * The debrief as a PDF in one language: what moved since the last adopted version, the totals, then each of the
 * seed's three questions with its charts and figures, the talking points and the group's answer.
 */
final class DebriefReport {

    private final DebriefView d;
    private final ReportWords words;
    private final PdfCanvas canvas;

    private DebriefReport(DebriefView debrief, ReportWords words, PdfCanvas canvas) {
        this.d = debrief;
        this.words = words;
        this.canvas = canvas;
    }

    static byte[] write(DebriefView debrief, ReportWords words, LocalDate today, int startYear, int endYear) {
        try (PdfCanvas canvas = new PdfCanvas(words.get("title", debrief.initiativeName()), words.language())) {
            new DebriefReport(debrief, words, canvas).sections(today, startYear, endYear);
            return canvas.finish();
        }
    }

    private void sections(LocalDate today, int startYear, int endYear) {
        canvas.paragraph(words.get("title", d.initiativeName()), 17, true, PdfCanvas.ACCENT, 0);
        canvas.paragraph(words.get("generated", words.date(today)), 8.5f, false, PdfCanvas.MUTED, 0);
        since();
        canvas.down(4);
        canvas.paragraph(words.get("totals", d.coveredRoles(), d.rolesToFind(), d.rolesShared(), d.rolesWithResources(),
                d.openNextSteps(), d.overdueNextSteps()), 9.5f, false, PdfCanvas.INK, 0);
        Map<Question, AnswerView> answers = d.answers().stream().collect(java.util.stream.Collectors.toMap(
                a -> Question.valueOf(a.question().name()), Function.identity()));
        question(Question.STRENGTHS_AND_WEAKNESSES, answers, this::strengths);
        question(Question.POOLED_RESOURCES, answers, () -> pooling(startYear, endYear));
        question(Question.WHAT_COMES_NEXT, answers, this::planning);
    }

    private void heading(String text, float size) {
        canvas.room(size * 4);
        canvas.down(size * 0.6f);
        canvas.paragraph(text, size, true, PdfCanvas.INK, 0);
    }

    private void since() {
        heading(words.get("since"), 11);
        DebriefView.SinceLastVersion since = d.sinceLastVersion();
        if (since == null || since.version() == null) {
            canvas.paragraph(words.get("since.none"), 9, false, PdfCanvas.MUTED, 0);
            return;
        }
        canvas.paragraph(words.get("since.version", since.version().number(), Objects.toString(since.version().name(), ""),
                words.date(since.version().adoptedAt())), 9, false, PdfCanvas.MUTED, 0);
        if (since.changes().isEmpty()) {
            canvas.paragraph(words.get("since.nothing"), 9, false, PdfCanvas.INK, 0);
        }
        for (Figures.Change change : since.changes()) {
            String[] name = change.figure().split("\\.");
            String figure = words.get("figure." + name[0]) + (name.length > 1 ? " (" + name[1] + ")" : "");
            canvas.bullet(figure + ("fr".equals(words.language()) ? " : " : ": ") + value(name[0], change.before()) + " → " + value(name[0], change.now()), 9);
        }
    }

    private String value(String figure, BigDecimal value) {
        return value == null ? "-" : figure.equals("largestShare") ? words.percent(value.doubleValue()) : words.number(value);
    }

    private void question(Question question, Map<Question, AnswerView> answers, Runnable figures) {
        AnswerView answer = answers.get(question);
        heading(answer == null ? question.name() : "fr".equals(words.language()) ? answer.textFr() : answer.textEn(), 12.5f);
        figures.run();
        heading(words.get("points"), 10);
        d.talkingPoints().stream().filter(p -> p.question() == question)
                .map(p -> "fr".equals(words.language()) ? p.textFr() : p.textEn()).forEach(p -> canvas.bullet(p, 9));
        heading(words.get("answer"), 10);
        if (answer == null || answer.answer() == null || answer.answer().isBlank()) {
            canvas.paragraph(words.get("answer.none"), 9, false, PdfCanvas.MUTED, 0);
        } else {
            canvas.paragraph(answer.answer(), 9.5f, false, PdfCanvas.INK, 0);
            canvas.paragraph(words.get("answer.by", words.byWhom(Objects.toString(answer.answeredByName(), "?")),
                    words.date(answer.answeredAt())), 8, false, PdfCanvas.MUTED, 0);
        }
    }

    private List<String> roleNames() {
        return Arrays.stream(BackboneRole.values()).map(words::role).toList();
    }

    private void strengths() {
        Carrying c = d.analytics().carrying();
        canvas.paragraph(words.get("chart.carriers"), 9.5f, true, PdfCanvas.INK, 0);
        int[][] levels = new int[c.roles().size()][5];
        String[][] texts = new String[c.roles().size()][5];
        for (int i = 0; i < c.roles().size(); i++) {
            Carrying.RoleCarrying r = c.roles().get(i);
            int[] values = {r.carriersByKind().get(CarrierKind.PARTNER), r.carriersByKind().get(CarrierKind.MEMBER),
                    r.carriersByKind().get(CarrierKind.TO_FIND), r.strengths(), r.weaknesses()};
            for (int j = 0; j < 5; j++) {
                levels[i][j] = values[j];
                texts[i][j] = String.valueOf(values[j]);
            }
        }
        ReportCharts.heatmap(canvas, roleNames(), List.of(words.get("col.partners"), words.get("col.members"),
                words.get("col.toFind"), words.get("col.strengths"), words.get("col.weaknesses")), levels, texts);
        canvas.bullet(words.get("finding.singleCarrier", words.roles(c.singleCarrier())), 9);
        canvas.bullet(words.get("finding.uncovered", words.roles(c.uncovered())), 9);
        canvas.bullet(words.get("finding.moreWeaknesses", words.roles(c.moreWeaknesses())), 9);
        canvas.bullet(words.get("finding.shared", words.roles(c.shared())), 9);
        SelfAssessmentView s = d.selfAssessment();
        canvas.down(4);
        canvas.paragraph(words.get("ratings"), 9.5f, true, PdfCanvas.INK, 0);
        ReportCharts.spread(canvas, roleNames(), s.roles().stream().map(r -> r.ratings().stream()
                        .map(SelfAssessmentView.RatingView::score).toList()).toList(),
                s.roles().stream().map(r -> r.count() == 0 ? words.get("ratings.none")
                        : words.get("ratings.row", words.number(r.average()), words.number(r.spread()), r.count())).toList());
        if (!s.mostDisagreement().isEmpty()) {
            canvas.bullet(words.get("ratings.disagreement", words.roles(s.mostDisagreement())), 9);
        }
    }

    private void pooling(int startYear, int endYear) {
        Pooling p = d.analytics().pooling();
        List<String> currencies = p.roles().stream().flatMap(r -> java.util.stream.Stream.concat(r.securedMoney().stream(),
                r.proposedMoney().stream())).map(Pooling.Money::currency).distinct().sorted().toList();
        if (currencies.isEmpty()) {
            canvas.paragraph(words.get("money.none"), 9, false, PdfCanvas.MUTED, 0);
        }
        for (String currency : currencies) {
            canvas.paragraph(words.get("chart.money", currency, String.valueOf(startYear), String.valueOf(endYear)), 9.5f,
                    true, PdfCanvas.INK, 0);
            double[] secured = p.roles().stream().mapToDouble(r -> amount(r.securedMoney(), currency).doubleValue()).toArray();
            double[] proposed = p.roles().stream().mapToDouble(r -> amount(r.proposedMoney(), currency).doubleValue()).toArray();
            ReportCharts.bars(canvas, roleNames(), secured, proposed, p.roles().stream().map(r -> words.get("money.row",
                    words.money(amount(r.securedMoney(), currency), currency),
                    words.money(amount(r.proposedMoney(), currency), currency))).toList());
        }
        canvas.paragraph(words.get("hours", words.number(p.securedHoursPerMonth()), words.number(p.proposedHoursPerMonth())),
                9, false, PdfCanvas.INK, 0);
        for (Pooling.MoneyConcentration m : p.concentration()) {
            canvas.bullet(words.get("concentration", m.currency(), words.money(m.total(), m.currency()), m.contributors(),
                    Objects.toString(m.largestPartnerName(), "?"), words.percent(m.largestShare()),
                    words.number(m.herfindahl())), 9);
        }
        canvas.bullet(words.get("finding.withoutResource", words.roles(p.withoutPooledResource())), 9);
        canvas.bullet(words.get("finding.severalRoles", p.partnersGivingToSeveralRoles().isEmpty() ? words.get("none")
                : String.join("; ", p.partnersGivingToSeveralRoles().stream().map(r -> Objects.toString(r.partnerName(), "?")
                + " (" + words.roles(r.roles()) + ")").toList())), 9);
    }

    private static BigDecimal amount(List<Pooling.Money> money, String currency) {
        return money.stream().filter(m -> m.currency().equals(currency)).map(Pooling.Money::amount).findFirst()
                .orElse(BigDecimal.ZERO);
    }

    private void planning() {
        Planning p = d.analytics().planning();
        List<Integer> years = p.stepsByYear().stream().map(Planning.YearCount::year).toList();
        if (!years.isEmpty()) {
            canvas.paragraph(words.get("chart.steps"), 9.5f, true, PdfCanvas.INK, 0);
            int[][] levels = new int[p.roles().size()][years.size()];
            String[][] texts = new String[p.roles().size()][years.size()];
            for (int i = 0; i < p.roles().size(); i++) {
                for (int j = 0; j < years.size(); j++) {
                    int year = years.get(j);
                    Planning.YearCount count = p.roles().get(i).stepsByYear().stream().filter(y -> y.year() == year)
                            .findFirst().orElse(new Planning.YearCount(year, 0, 0));
                    levels[i][j] = count.open();
                    texts[i][j] = count.open() + (count.done() > 0 ? " ✓" + count.done() : "");
                }
            }
            ReportCharts.heatmap(canvas, roleNames(), years.stream().map(String::valueOf).toList(), levels, texts);
        }
        canvas.paragraph(words.get("steps", p.open(), p.overdue(), p.done()), 9, false, PdfCanvas.INK, 0);
        canvas.bullet(words.get("finding.nothingBeyond", words.roles(p.nothingBeyondTwelveMonths())), 9);
        for (Planning.PlanProgress plan : p.plans()) {
            canvas.bullet(words.get("plan", plan.plan().label(words.language()), words.get("readiness." + plan.readiness())), 9);
        }
    }
}
