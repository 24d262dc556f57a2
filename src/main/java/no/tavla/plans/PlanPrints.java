package no.tavla.plans;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import no.tavla.reach.Notices;
import no.tavla.shared.CsvCells;
import no.tavla.shared.TavlaTime;
import no.tavla.shared.Translations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * A plan on paper and in a spreadsheet (issue 16): an A4 document (PDF/UA, as the notices) for the case file and for
 * political reporting, laid out as Løten's template (appendix 4.3); and its measures and budget as CSV. In the
 * reader's language, for those who may see the plan.
 */
@Service
public class PlanPrints {

    private final Plans plans;
    private final Notices notices;
    private final Translations translations;
    private final Clock clock;

    PlanPrints(Plans plans, Notices notices, Translations translations, Clock clock) {
        this.plans = plans;
        this.notices = notices;
        this.translations = translations;
        this.clock = clock;
    }

    /** The plan as a document. */
    @Transactional(readOnly = true)
    public byte[] pdf(long planId, Locale locale) {
        Plan plan = visible(planId);
        List<TargetGroup> groups = plans.targetGroups(planId);
        List<Measure> measures = plans.measures(planId);
        Budget budget = plans.budget(planId);
        StringBuilder html = new StringBuilder("<div class=\"plan\"><h1>").append(escape(plan.name())).append("</h1>");
        html.append("<dl>");
        fact(html, t(locale, "plans.unit"), plan.unitName());
        fact(html, t(locale, "plans.print.status"), t(locale, "plans.status." + plan.status().name()));
        if (plan.archiveRef() != null) {
            fact(html, t(locale, "plans.archive-ref"), plan.archiveRef());
        }
        fact(html, t(locale, "plans.print.made"), plan.createdBy() + ", " + TavlaTime.dateTime(plan.createdAt(),
                locale));
        fact(html, t(locale, "plans.print.printed"), TavlaTime.dateTime(clock.instant(), locale));
        html.append("</dl>");
        section(html, t(locale, "plans.background"), plan.background());
        section(html, t(locale, "plans.change"), plan.change());
        section(html, t(locale, "plans.goal"), plan.goal());
        section(html, t(locale, "plans.key-messages"), plan.keyMessages());
        html.append("<h2>").append(escape(t(locale, "plans.targets"))).append("</h2>");
        if (groups.isEmpty()) {
            html.append("<p>").append(escape(t(locale, "plans.targets.none"))).append("</p>");
        }
        for (TargetGroup group : groups) {
            html.append("<h3>").append(escape(group.name() + (group.unitName() == null ? ""
                    : " – " + t(locale, "plans.target.staff-of", group.unitName())))).append("</h3><dl>");
            for (TargetGroup.Answer answer : group.answers()) {
                html.append("<dt>").append(escape(answer.question())).append("</dt><dd class=\"text\">")
                        .append(escape(answer.answer() == null ? "–" : answer.answer())).append("</dd>");
            }
            html.append("</dl>");
        }
        html.append("<h2>").append(escape(t(locale, "plans.measures"))).append("</h2>");
        if (measures.isEmpty()) {
            html.append("<p>").append(escape(t(locale, "plans.measures.none"))).append("</p>");
        }
        for (MeasureChannel.Group group : MeasureChannel.Group.values()) {
            List<Measure> inGroup = measures.stream().filter(measure -> measure.channel().group() == group).toList();
            if (inGroup.isEmpty()) {
                continue;
            }
            html.append("<h3>").append(escape(t(locale, "plans.group." + group.name()))).append("</h3><table><thead>"
                    + "<tr>");
            for (String key : MEASURE_COLUMNS) {
                html.append("<th scope=\"col\">").append(escape(t(locale, key))).append("</th>");
            }
            html.append("</tr></thead><tbody>");
            for (Measure measure : inGroup) {
                html.append("<tr><th scope=\"row\">").append(escape(measure.title())).append("</th>");
                for (String cell : measureCells(measure, locale).subList(1, MEASURE_COLUMNS.size())) {
                    html.append("<td>").append(escape(cell)).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("<h2>").append(escape(t(locale, "plans.budget"))).append("</h2>");
        if (budget.rows().isEmpty()) {
            html.append("<p>").append(escape(t(locale, "plans.budget.none"))).append("</p>");
        } else {
            html.append("<table><thead><tr>");
            for (String key : BUDGET_COLUMNS) {
                html.append("<th scope=\"col\">").append(escape(t(locale, key))).append("</th>");
            }
            html.append("</tr></thead><tbody>");
            for (BudgetRow row : budget.rows()) {
                List<String> cells = budgetCells(row, locale);
                html.append("<tr><th scope=\"row\">").append(escape(cells.getFirst())).append("</th><td>")
                        .append(escape(cells.get(1))).append("</td><td>").append(escape(cells.get(2)))
                        .append("</td><td class=\"number\">").append(escape(kroner(row.price(), locale)))
                        .append("</td></tr>");
            }
            html.append("</tbody><tfoot><tr><th scope=\"row\">").append(escape(t(locale, "plans.budget.total")))
                    .append("</th><td></td><td></td><td class=\"number\">")
                    .append(escape(kroner(budget.total(), locale))).append("</td></tr></tfoot></table>");
        }
        if (plan.status() != PlanStatus.DRAFT) {
            evaluation(html, plans.evaluation(planId), locale);
        }
        html.append("</div>");
        return notices.document(t(locale, "plans.print.title", plan.name()), html.toString(), locale);
    }

    private void evaluation(StringBuilder html, PlanEvaluation evaluation, Locale locale) {
        html.append("<h2>").append(escape(t(locale, "plans.evaluation"))).append("</h2><p>")
                .append(escape(evaluation.closedAt() == null ? t(locale, "plans.evaluation.intro")
                        : t(locale, "plans.evaluation.closed", TavlaTime.dateTime(evaluation.closedAt(), locale))))
                .append("</p>");
        if (!evaluation.measures().isEmpty()) {
            html.append("<table><thead><tr>");
            for (String key : List.of("plans.measure.title", "plans.evaluation.released", "plans.evaluation.slip",
                    "reach.col.audience", "reach.col.not-reached", "reach.col.percent", "plans.evaluation.email",
                    "plans.evaluation.sms")) {
                html.append("<th scope=\"col\">").append(escape(t(locale, key))).append("</th>");
            }
            html.append("</tr></thead><tbody>");
            for (PlanEvaluation.MeasureResult result : evaluation.measures()) {
                html.append("<tr><th scope=\"row\">").append(escape(result.measure().title())).append("</th><td>")
                        .append(escape(result.releasedAt() == null ? "–"
                                : TavlaTime.dateTime(result.releasedAt(), locale))).append("</td><td>")
                        .append(escape(result.slip() == null ? t(locale, "plans.evaluation.on-time")
                                : t(locale, "plans.slip." + result.slip().name()))).append("</td>");
                if (result.reach() == null) {
                    html.append("<td>–</td><td>–</td><td>–</td>");
                } else {
                    html.append("<td class=\"number\">").append(result.reach().audience())
                            .append("</td><td class=\"number\">").append(result.reach().notReached())
                            .append("</td><td class=\"number\">").append(result.reach().percent()).append(" %</td>");
                }
                html.append(result.told() == null ? "<td>–</td><td>–</td>" : "<td class=\"number\">"
                        + result.told().email() + "</td><td class=\"number\">" + result.told().sms() + "</td>");
                html.append("</tr>");
            }
            html.append("</tbody></table>");
            java.util.List<no.tavla.shared.charts.BarCharts.Bar> bars = evaluation.reachBars();
            if (!bars.isEmpty()) {
                // the chart as a figure whose alternative text says every bar; the table above has the numbers
                String title = t(locale, "plans.chart.measures");
                html.append("<img class=\"chart\" alt=\"").append(escape(title + ": "
                                + no.tavla.shared.charts.BarCharts.described(bars))).append("\" src=\"data:image/png;base64,")
                        .append(java.util.Base64.getEncoder().encodeToString(no.tavla.shared.charts.BarCharts
                                .percentBarsPng(t(locale, "plans.chart.axis"), bars))).append("\"/>");
            }
            html.append("<p>").append(escape(t(locale, "plans.evaluation.slipped",
                    evaluation.slipped(), evaluation.measures().size()))).append("</p>");
        }
        section(html, t(locale, "plans.evaluation.worked"), evaluation.worked());
        section(html, t(locale, "plans.evaluation.change"), evaluation.change());
    }

    /** The measures, one row each, with their group, channel, target group, time, responsible, status, notes. */
    @Transactional(readOnly = true)
    public String measuresCsv(long planId, Locale locale) {
        visible(planId);
        StringBuilder csv = new StringBuilder();
        line(csv, MEASURE_COLUMNS.stream().map(key -> t(locale, key)).toList(), t(locale, "plans.print.group"));
        for (Measure measure : plans.measures(planId)) {
            line(csv, measureCells(measure, locale), t(locale, "plans.group." + measure.channel().group().name()));
        }
        return csv.toString();
    }

    /** The budget, one row each, and the total; prices as whole numbers a spreadsheet sums. */
    @Transactional(readOnly = true)
    public String budgetCsv(long planId, Locale locale) {
        visible(planId);
        Budget budget = plans.budget(planId);
        StringBuilder csv = new StringBuilder();
        line(csv, BUDGET_COLUMNS.stream().map(key -> t(locale, key)).toList());
        for (BudgetRow row : budget.rows()) {
            List<String> cells = new java.util.ArrayList<>(budgetCells(row, locale));
            cells.add(String.valueOf(row.price()));
            line(csv, cells);
        }
        line(csv, List.of(t(locale, "plans.budget.total"), "", "", String.valueOf(budget.total())));
        return csv.toString();
    }

    private static final List<String> MEASURE_COLUMNS = List.of("plans.measure.title", "plans.measure.channel",
            "plans.measure.target", "plans.measure.at", "plans.print.responsible", "plans.print.status",
            "plans.measure.notes");
    private static final List<String> BUDGET_COLUMNS = List.of("plans.budget.measure", "plans.budget.target",
            "plans.measure.channel", "plans.budget.price");

    private List<String> measureCells(Measure measure, Locale locale) {
        return List.of(measure.title(), t(locale, "plans.channel." + measure.channel().name()),
                measure.targetGroupName() == null ? t(locale, "plans.measure.target.all") : measure.targetGroupName(),
                measure.plannedAt() == null ? "" : TavlaTime.dateTime(measure.plannedAt(), locale),
                measure.responsibleName() == null ? "" : measure.responsibleName(),
                t(locale, "plans.measure.status." + measure.status().name()),
                measure.notes() == null ? "" : measure.notes());
    }

    private List<String> budgetCells(BudgetRow row, Locale locale) {
        return List.of(row.measure(), row.targetGroup() == null ? "" : row.targetGroup(), row.channel() == null ? ""
                : t(locale, "plans.channel." + row.channel().name()));
    }

    private Plan visible(long planId) {
        return plans.find(planId).orElseThrow(() -> new AccessDeniedException("Not allowed to see this plan"));
    }

    private static void line(StringBuilder csv, List<String> cells, String... more) {
        List<String> all = new java.util.ArrayList<>(cells);
        all.addAll(List.of(more));
        csv.append(String.join(";", all.stream().map(CsvCells::cell).toList())).append("\r\n");
    }

    private static void fact(StringBuilder html, String term, String value) {
        html.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>");
    }

    private static void section(StringBuilder html, String heading, String text) {
        if (text != null) {
            html.append("<h2>").append(escape(heading)).append("</h2><p class=\"text\">").append(escape(text))
                    .append("</p>");
        }
    }

    /** A price as people read it: "12 500 kr". */
    public static String kroner(long price, Locale locale) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(price) + " kr";
    }

    private String t(Locale locale, String key, Object... arguments) {
        return translations.text(key, locale, arguments);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }

    /** When the file is named: the plan's id and today's date. */
    public String fileName(long planId, String extension) {
        return "kommunikasjonsplan-" + planId + "-" + LocalDateTime.now(clock.withZone(TavlaTime.ZONE)).toLocalDate()
                + "." + extension;
    }
}
