package io.ccmm.report;

import io.ccmm.catalog.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The readiness report as one self-contained HTML file: inline CSS, inline SVG charts, no scripts, prints on A4. Every
 * string from the model is escaped.
 */
public final class HtmlReportExporter implements ReportExporter {

    /**
     * English reports take the curly quotes (“ ” ‘ ’) from a Latin font: the CJK fonts first in the stack draw them one
     * em wide, as Chinese sets them, which leaves gaps around English words. A face listed only for those four
     * characters (unicode-range) does it; on a machine with none of the local fonts named it is skipped and the stack
     * applies as before. Chinese reports keep the full-width quotes of Chinese typography.
     */
    static final String ENGLISH_QUOTES_CSS =
            """
            @font-face { font-family: "Latin Quotes"; unicode-range: U+2018-2019, U+201C-201D;
              src: local("Segoe UI"), local("Helvetica Neue"), local("Helvetica"), local("Arial"), local("Liberation Sans"),
                local("DejaVu Sans"); }
            body { font-family: "Latin Quotes", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC",
              "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
            """;

    private static final String CSS =
            """
            :root { --ink:#1D2433; --muted:#5B6475; --navy:#1F3A5F; --accent:#2A6FB0; --rule:#D5DAE1; --panel:#F2F5F9;
              --zebra:#F7F9FB; --track:#E4E8EE; --zero:#FDECEA; --zero-mark:#C62828;
              --achieved:#2E7D32; --not-met:#C62828; --incomplete:#B26A00; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { margin: 0; color: var(--ink); background: #fff; line-height: 1.55; font-size: 14px;
              font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", "Segoe UI",
                "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 980px; margin: 0 auto; padding: 0 32px 48px; }
            .cover { background: var(--navy); color: #fff; padding: 56px 32px 40px; border-bottom: 5px solid var(--accent); }
            .cover .inner { max-width: 916px; margin: 0 auto; }
            .kicker { color: #B8CCE4; font-weight: 700; letter-spacing: .04em; margin: 0; }
            .cover h1 { font-size: 34px; margin: 8px 0 4px; }
            .cover .subtitle { color: #B8CCE4; margin: 0; }
            .org { font-size: 26px; font-weight: 700; margin: 32px 0 0; }
            .site { color: var(--muted); margin: 0 0 16px; }
            .badge { background: var(--panel); border-left: 4px solid var(--navy); border-radius: 6px; padding: 14px 20px;
              display: flex; align-items: baseline; justify-content: space-between; gap: 16px; flex-wrap: wrap; }
            .badge .caption { color: var(--muted); font-size: 13px; display: block; }
            .badge .level { font-size: 30px; font-weight: 700; color: var(--navy); }
            .badge.below .level { color: var(--not-met); }
            dl.facts { display: grid; grid-template-columns: 160px 1fr; gap: 4px 16px; margin: 20px 0; }
            dl.facts dt { color: var(--muted); }
            dl.facts dd { margin: 0; }
            .fine { color: var(--muted); font-size: 12px; }
            h2 { color: var(--navy); font-size: 24px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 3px solid var(--accent);
              display: inline-block; }
            h3 { color: var(--navy); font-size: 17px; margin: 24px 0 8px; }
            .ladder { border-top: 1px solid var(--rule); }
            .rung { display: grid; grid-template-columns: 170px 1fr 120px; gap: 4px 16px; padding: 12px 0;
              border-bottom: 1px solid var(--rule); break-inside: avoid; }
            .rung .lv { font-size: 20px; font-weight: 700; color: var(--navy); margin-right: 6px; }
            .rung .name { font-weight: 700; }
            .pill { display: inline-block; color: #fff; font-size: 12px; font-weight: 700; border-radius: 9px; padding: 0 9px; }
            .ACHIEVED { background: var(--achieved); } .NOT_MET { background: var(--not-met); }
            .INCOMPLETE { background: var(--incomplete); }
            .bar { position: relative; height: 12px; background: var(--track); margin-top: 22px; }
            .bar .fill { position: absolute; left: 0; top: 0; bottom: 0; }
            .bar .fill.ACHIEVED { background: var(--achieved); } .bar .fill.NOT_MET { background: #D15454; }
            .bar .fill.INCOMPLETE { background: #C68F40; }
            .bar .mark { position: absolute; top: -6px; height: 22px; width: 2px; background: var(--ink); }
            .bar .mark span { position: absolute; bottom: 22px; left: 50%; transform: translateX(-50%); font-size: 11px;
              color: var(--muted); white-space: nowrap; }
            .pts { font-size: 12px; color: var(--muted); margin-top: 4px; }
            .pct { font-size: 22px; font-weight: 700; }
            .gap { font-size: 12px; color: var(--not-met); } .gap.ok { color: var(--achieved); }
            .reasons { grid-column: 2 / 4; margin: 0; padding-left: 18px; color: var(--muted); font-size: 13px; }
            .chart { margin: 8px 0 20px; }
            .chart svg { display: block; width: 100%; max-width: 760px; height: auto; margin: 0 auto; font-family: inherit; }
            .caption { color: var(--muted); font-weight: 700; font-size: 13px; margin: 16px 0 4px; }
            table { width: 100%; border-collapse: collapse; font-size: 13px; }
            thead { display: table-header-group; }
            th { background: var(--navy); color: #fff; text-align: left; padding: 6px 8px; font-weight: 700; }
            td { padding: 5px 8px; border-bottom: 1px solid var(--rule); vertical-align: top; }
            tbody tr:nth-child(even) td { background: var(--zebra); }
            tr { break-inside: avoid; }
            td.num, th.num { text-align: right; } td.mid, th.mid { text-align: center; }
            td.note { color: var(--muted); white-space: pre-line; }
            tr.unrated td { color: var(--muted); }
            tr.zero td { background: var(--zero) !important; }
            tr.zero td:first-child { box-shadow: inset 3px 0 0 var(--zero-mark); }
            tr.zero td.pts-cell { color: var(--zero-mark); }
            td.pts-cell, td.strong { font-weight: 700; }
            td.gain { color: var(--achieved); font-weight: 700; }
            .warn { color: var(--not-met); }
            footer { color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule); margin-top: 40px; padding-top: 8px; }
            @page { size: A4; margin: 16mm 14mm 18mm; }
            @media print {
              body { font-size: 10pt; }
              main { max-width: none; padding: 0; }
              .cover { padding: 40px 24px 32px; }
              section.page { break-before: page; }
              h2 { margin-top: 0; }
              h2, h3 { break-after: avoid; }
              .chart { break-inside: avoid; }
            }
            .brand-logo { float: right; background: #fff; padding: 8px; border-radius: 4px; max-width: 200px;
              max-height: 86px; }
            .explain-module { margin-left: 24px; }
            """;

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(ReportModel model, OutputStream out) throws IOException {
        out.write(render(model).getBytes(StandardCharsets.UTF_8));
    }

    static String render(ReportModel model) {
        return new Page(model).render();
    }

    private static String e(String s) {
        return Html.escape(s);
    }

    private static final class Page {

        private final ReportModel model;
        private final ReportText text;
        private final StringBuilder h = new StringBuilder(256 * 1024);

        Page(ReportModel model) {
            this.model = model;
            this.text = model.text();
        }

        private Page a(String s) {
            h.append(s);
            return this;
        }

        /** Appends escaped text. */
        private Page t(String s) {
            h.append(e(s));
            return this;
        }

        private String tx(String key) {
            return e(text.get(key));
        }

        String render() {
            Cover c = model.cover();
            a("<!DOCTYPE html>\n<html lang=\"")
                    .a(model.language().locale().toLanguageTag())
                    .a("\">\n<head>\n");
            a("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            a("<meta name=\"generator\" content=\"").t(c.generatedBy()).a("\">\n");
            a("<title>").t(text.get("report.title") + " — " + c.organization()).a("</title>\n");
            a("<style>\n").a(CSS).a("</style>\n");
            if (model.language() == Language.EN) {
                a("<style>\n").a(ENGLISH_QUOTES_CSS).a("</style>\n");
            }
            model.extras().brand().accent().ifPresent(accent -> a("<style>:root { --accent:")
                    .a(ReportPalette.hex(accent))
                    .a("; }</style>\n"));
            a("</head>\n<body>\n");
            cover();
            planFirst();
            summary();
            charts();
            path();
            items();
            notApplicable();
            actions();
            planSections();
            appendix();
            appendices(AppendixBlocks.all(model));
            a("<footer>");
            if (!c.generatedBy().isBlank()) {
                t(text.format("cover.generated", c.generatedBy(), c.generatedOn()))
                        .a(" ");
            }
            a(tx("report.confidential")).a("</footer>\n</main>\n</body>\n</html>\n");
            return h.toString();
        }

        private void cover() {
            Cover c = model.cover();
            a("<header class=\"cover\"><div class=\"inner\">");
            logo(model.extras().brand());
            a("<p class=\"kicker\">CC-CMM-OC 2025</p>");
            a("<h1>").a(tx("report.title")).a("</h1>");
            a("<p class=\"subtitle\">").a(tx("report.subtitle")).a("</p>");
            a("</div></header>\n<main>\n<section id=\"cover\"><p class=\"org\">")
                    .t(c.organization())
                    .a("</p>");
            if (!c.site().isBlank()) {
                a("<p class=\"site\">").t(c.site()).a("</p>");
            }
            Readiness r = model.readiness();
            a("<div class=\"badge")
                    .a(r.level() == 0 ? " below" : "")
                    .a("\"><div><span class=\"caption\">")
                    .a(tx("cover.readiness"))
                    .a("</span><span class=\"level\">")
                    .t(r.label())
                    .a("</span></div>");
            a("<div>").t(r.completionText(text)).a("</div></div>\n");
            a("<dl class=\"facts\">");
            facts(CoverFacts.brand(model, text));
            fact("cover.round", c.roundTitle());
            fact("cover.date", c.roundDate());
            fact("cover.assessors", String.join(text.get("list.separator"), c.assessors()));
            facts(CoverFacts.team(model, text));
            c.yearsInOperation().ifPresent(y -> fact("cover.years", text.format("cover.years.value", y)));
            fact("cover.catalog", c.catalog().id() + " · sha256 " + c.catalog().shortSha256());
            fact("cover.rules", c.rules().id() + " · sha256 " + c.rules().shortSha256());
            a("</dl>\n<p class=\"fine\">")
                    .t(model.appendix().catalogStatement())
                    .a("</p>\n</section>\n");
        }

        private void fact(String key, String value) {
            if (!value.isBlank()) {
                a("<dt>").a(tx(key)).a("</dt><dd>").t(value).a("</dd>");
            }
        }

        private void summary() {
            Readiness r = model.readiness();
            a("<section class=\"page\" id=\"summary\">\n<h2>")
                    .a(tx("summary.title"))
                    .a("</h2>\n");
            a("<div class=\"badge")
                    .a(r.level() == 0 ? " below" : "")
                    .a("\"><div><span class=\"caption\">")
                    .a(tx("summary.readiness"))
                    .a("</span><span class=\"level\" style=\"font-size:44px\">")
                    .t(r.label())
                    .a("</span></div><div>");
            t(r.completionText(text));
            if (model.path().exists()) {
                a("<br>")
                        .t(text.format(
                                "summary.target.value",
                                "L" + model.path().targetLevel() + " "
                                        + model.path().targetName()));
            }
            if (!r.bonusText().isBlank()) {
                a("<br><span class=\"fine\">").t(r.bonusText()).a("</span>");
            }
            a("</div></div>\n<h3>")
                    .a(tx("summary.ladder"))
                    .a("</h3>\n<p class=\"fine\">")
                    .a(tx("summary.ladder.intro"))
                    .a("</p>\n<div class=\"ladder\">\n");
            for (LevelRow row : model.ladder()) {
                String st = row.status().name();
                a("<div class=\"rung\"><div><span class=\"lv\">L")
                        .a(Integer.toString(row.level()))
                        .a("</span><span class=\"name\">")
                        .t(row.name())
                        .a("</span><br><span class=\"pill ")
                        .a(st)
                        .a("\">")
                        .t(row.statusText())
                        .a("</span></div>");
                a("<div><div class=\"bar\"><div class=\"fill ")
                        .a(st)
                        .a("\" style=\"width:")
                        .a(Double.toString(Math.round(ReportCharts.fraction(row.percent()) * 1000) / 10.0))
                        .a("%\"></div><div class=\"mark\" style=\"left:")
                        .a(Integer.toString(Math.max(0, Math.min(100, row.thresholdPercent()))))
                        .a("%\"><span>")
                        .t(text.format("summary.threshold", row.thresholdPercent()))
                        .a("</span></div></div>");
                a("<div class=\"pts\">").t(ReportText.points(text, row)).a("</div></div>");
                a("<div><div class=\"pct\">")
                        .t(ReportText.percent(row.percent()))
                        .a("</div>");
                if (row.gapPoints() > 0) {
                    a("<div class=\"gap\">")
                            .t(text.format("summary.gap", row.gapPoints()))
                            .a("</div>");
                } else {
                    a("<div class=\"gap ok\">").a(tx("summary.gap.none")).a("</div>");
                }
                a("</div>");
                if (!row.notes(text).isEmpty()) {
                    a("<ul class=\"reasons\">");
                    row.notes(text).forEach(s -> a("<li>").t(s).a("</li>"));
                    a("</ul>");
                }
                a("</div>\n");
            }
            a("</div>\n</section>\n");
        }

        private void charts() {
            a("<section class=\"page\" id=\"modules\">\n<h2>")
                    .a(tx("charts.title"))
                    .a("</h2>\n");
            a("<p class=\"caption\">").a(tx("charts.radar")).a("</p><div class=\"chart\">");
            SvgCanvas radar = new SvgCanvas(ReportCharts.RADAR_WIDTH, ReportCharts.RADAR_HEIGHT);
            ReportCharts.radar(radar, model.modules(), ReportCharts.RADAR_WIDTH, ReportCharts.RADAR_HEIGHT);
            a(radar.toSvg(text.get("charts.radar"))).a("</div>\n");
            a("<p class=\"caption\">").a(tx("charts.distribution")).a("</p><div class=\"chart\">");
            double dh = ReportCharts.distributionHeight(model.modules().size());
            SvgCanvas dist = new SvgCanvas(ReportCharts.DISTRIBUTION_WIDTH, dh);
            ReportCharts.distribution(dist, model.modules(), model.items(), text, ReportCharts.DISTRIBUTION_WIDTH);
            a(dist.toSvg(text.get("charts.distribution"))).a("</div>\n");
            a("<h3>").a(tx("modules.title")).a("</h3>\n");
            head(List.of(
                    new String[] {"modules.module", ""},
                    new String[] {"modules.items", "num"},
                    new String[] {"modules.rated", "num"},
                    new String[] {"modules.points", "num"},
                    new String[] {"modules.max", "num"},
                    new String[] {"modules.percent", "num"}));
            for (ModuleRow m : model.modules()) {
                a("<tr><td>")
                        .t(m.label())
                        .a("</td><td class=\"num\">")
                        .a(Integer.toString(m.items()))
                        .a("</td><td class=\"num\">")
                        .a(Integer.toString(m.rated()))
                        .a("</td><td class=\"num\">")
                        .a(Integer.toString(m.points()))
                        .a("</td><td class=\"num\">")
                        .a(Integer.toString(m.maxPoints()))
                        .a("</td><td class=\"num strong\">")
                        .t(ReportText.percent(m.percent()))
                        .a("</td></tr>\n");
            }
            a("</tbody></table>\n</section>\n");
        }

        private void head(List<String[]> columns) {
            a("<table><thead><tr>");
            for (String[] c : columns) {
                a("<th").a(c[1].isEmpty() ? "" : " class=\"" + c[1] + "\"")
                        .a(">")
                        .a(tx(c[0]))
                        .a("</th>");
            }
            a("</tr></thead><tbody>\n");
        }

        private void path() {
            ImprovementPath p = model.path();
            a("<section id=\"path\">\n");
            if (!p.exists()) {
                a("<h2>")
                        .a(tx("path.heading"))
                        .a("</h2>\n<p>")
                        .a(tx("path.none"))
                        .a("</p>\n</section>\n");
                return;
            }
            a("<h2>")
                    .t(text.format("path.title", "L" + p.targetLevel() + " " + p.targetName()))
                    .a("</h2>\n");
            if (p.steps().isEmpty()) {
                a("<p>").a(tx("path.empty")).a("</p>\n");
            } else {
                a("<p>").t(text.format("path.intro", p.totalGain())).a("</p>\n");
                head(List.of(
                        new String[] {"path.step", "num"},
                        new String[] {"path.item", "num"},
                        new String[] {"path.title.column", ""},
                        new String[] {"path.before", "mid"},
                        new String[] {"path.after", "mid"},
                        new String[] {"path.gain", "num"}));
                int n = 1;
                for (PathStep s : p.steps()) {
                    a("<tr><td class=\"num\">")
                            .a(Integer.toString(n++))
                            .a("</td><td class=\"num\">")
                            .a(Integer.toString(s.item()))
                            .a("</td><td>")
                            .t(s.title())
                            .a("</td><td class=\"mid\">")
                            .t(ReportText.rate(s.beforeC()) + " / " + ReportText.rate(s.beforeF()))
                            .a("</td><td class=\"mid\">")
                            .t(ReportText.rate(s.afterC()) + " / " + ReportText.rate(s.afterF()))
                            .a("</td><td class=\"num gain\">+")
                            .a(Integer.toString(s.gain()))
                            .a("</td></tr>\n");
                }
                a("</tbody></table>\n");
            }
            for (String note : p.notes()) {
                a("<p class=\"warn\">• ").t(note).a("</p>\n");
            }
            a("</section>\n");
        }

        private void items() {
            a("<section class=\"page\" id=\"items\">\n<h2>")
                    .a(tx("items.title"))
                    .a("</h2>\n<p class=\"fine\">")
                    .a(tx("items.legend"))
                    .a("</p>\n");
            head(List.of(
                    new String[] {"items.no", "num"},
                    new String[] {"items.module", "mid"},
                    new String[] {"items.title.column", ""},
                    new String[] {"items.level", "mid"},
                    new String[] {"items.c", "mid"},
                    new String[] {"items.f", "mid"},
                    new String[] {"items.points", "mid"},
                    new String[] {"items.note", ""}));
            for (ItemRow i : model.items()) {
                String cls = i.isAtZero()
                        ? " class=\"zero\""
                        : (!i.c().isRated() && !i.f().isRated() ? " class=\"unrated\"" : "");
                a("<tr").a(cls)
                        .a("><td class=\"num\">")
                        .a(Integer.toString(i.id()))
                        .a("</td><td class=\"mid\">")
                        .t(i.module())
                        .a("</td><td>")
                        .t(i.title())
                        .a("</td><td class=\"mid\">L")
                        .a(Integer.toString(i.level()))
                        .a("</td><td class=\"mid\">")
                        .t(text.angle(i, true))
                        .a("</td><td class=\"mid\">")
                        .t(text.angle(i, false))
                        .a("</td><td class=\"mid pts-cell\">")
                        .t(text.points(i))
                        .a("</td><td class=\"note\">")
                        .t(i.note())
                        .a("</td></tr>\n");
            }
            a("</tbody></table>\n</section>\n");
        }

        /** The items marked not applicable with their justifications; nothing when there are none. */
        private void notApplicable() {
            List<ItemRow> na = model.notApplicableItems();
            if (na.isEmpty()) {
                return;
            }
            a("<section id=\"not-applicable\">\n<h2>")
                    .a(tx("notApplicable.title"))
                    .a("</h2>\n<p class=\"fine\">")
                    .a(tx("notApplicable.legend"))
                    .a("</p>\n");
            head(List.of(
                    new String[] {"items.no", "num"},
                    new String[] {"items.module", "mid"},
                    new String[] {"items.title.column", ""},
                    new String[] {"items.level", "mid"},
                    new String[] {"notApplicable.justification", ""}));
            for (List<String> row : ReportRows.notApplicable(model)) {
                row(row, "num", "mid", "", "mid", "note");
            }
            a("</tbody></table>\n</section>\n");
        }

        private void actions() {
            a("<section id=\"actions\">\n<h2>").a(tx("actions.title")).a("</h2>\n");
            if (model.actions().isEmpty()) {
                a("<p>").a(tx("actions.none")).a("</p>\n</section>\n");
                return;
            }
            head(List.of(
                    new String[] {"actions.item", "num"},
                    new String[] {"actions.what", ""},
                    new String[] {"actions.owner", ""},
                    new String[] {"actions.due", ""},
                    new String[] {"actions.status", ""}));
            for (List<String> row : ReportRows.actions(model)) {
                row(row, "num", "", "", "", "");
            }
            a("</tbody></table>\n</section>\n");
        }

        /** One table row of escaped cells, each with its class ("" for none). */
        private void row(List<String> cells, String... classes) {
            a("<tr>");
            for (int i = 0; i < cells.size(); i++) {
                a(classes[i].isEmpty() ? "<td>" : "<td class=\"" + classes[i] + "\">")
                        .t(cells.get(i))
                        .a("</td>");
            }
            a("</tr>\n");
        }

        // Plan sections: the executive summary after the cover, the rest before the appendix.

        private void planFirst() {
            if (model.plan().isDraft()) {
                a("<div class=\"draft-watermark\" aria-hidden=\"true\" style=\"position:fixed;top:40%;left:0;right:0;"
                                + "text-align:center;font-size:120px;color:rgba(200,0,0,0.12);transform:rotate(-30deg);"
                                + "pointer-events:none;z-index:10\">")
                        .t(text.get("plan.draft.watermark"))
                        .a("</div>\n");
            }
            List<PlanBlocks.Block> blocks = PlanBlocks.summary(model);
            if (!blocks.isEmpty()) {
                a("<section class=\"page\" id=\"executive-summary\">\n");
                blocks(blocks);
                a("</section>\n");
            }
        }

        private void planSections() {
            List<PlanBlocks.Block> blocks = PlanBlocks.sections(model);
            if (!blocks.isEmpty()) {
                a("<section class=\"page\" id=\"plan\">\n");
                blocks(blocks);
                a("</section>\n");
            }
        }

        private void blocks(List<PlanBlocks.Block> blocks) {
            for (PlanBlocks.Block b : blocks) {
                if (b instanceof PlanBlocks.Heading hd) {
                    a("<h2>").t(hd.text()).a("</h2>\n");
                } else if (b instanceof PlanBlocks.Paragraph p) {
                    a("<p>").t(p.text()).a("</p>\n");
                } else if (b instanceof PlanBlocks.Table tb) {
                    a("<table><thead><tr>");
                    for (String c : tb.header()) {
                        a("<th>").t(c).a("</th>");
                    }
                    a("</tr></thead><tbody>\n");
                    for (List<String> row : tb.rows()) {
                        a("<tr>");
                        for (String c : row) {
                            a("<td>").a(e(c).replace("\n", "<br>")).a("</td>");
                        }
                        a("</tr>\n");
                    }
                    a("</tbody></table>\n");
                } else if (b instanceof PlanBlocks.TrendChart chart && TrendChart.shows(model)) {
                    SvgCanvas svg = new SvgCanvas(TrendChart.WIDTH, TrendChart.height(model));
                    TrendChart.draw(svg, model, TrendChart.WIDTH);
                    a("<p class=\"caption\">").t(chart.caption()).a("</p><div class=\"chart trend-chart\">");
                    a(svg.toSvg(chart.caption())).a("</div>\n");
                }
            }
        }

        private void appendix() {
            RulesAppendix ap = model.appendix();
            Cover c = model.cover();
            a("<section class=\"page\" id=\"appendix\">\n<h2>")
                    .a(tx("appendix.title"))
                    .a("</h2>\n<dl class=\"facts\">");
            fact("cover.rules", c.rules().id() + " · sha256 " + c.rules().sha256());
            fact("cover.catalog", c.catalog().id() + " · sha256 " + c.catalog().sha256());
            a("</dl>\n");
            if (!ap.rulesDescription().isBlank()) {
                a("<p>").t(ap.rulesDescription()).a("</p>\n");
            }
            head(List.of(
                    new String[] {"appendix.level", ""},
                    new String[] {"appendix.threshold", "num"},
                    new String[] {"appendix.floor", "num"},
                    new String[] {"appendix.years", "num"},
                    new String[] {"appendix.modules", ""}));
            for (RuleRow r : ap.levels()) {
                a("<tr><td class=\"strong\">L")
                        .a(Integer.toString(r.level()))
                        .a(" ")
                        .t(r.name())
                        .a("</td><td class=\"num\">")
                        .a(Integer.toString(r.thresholdPercent()))
                        .a("%</td><td class=\"num\">")
                        .a(Integer.toString(r.moduleFloorPercent()))
                        .a("%</td><td class=\"num\">")
                        .a(Integer.toString(r.minOperatingYears()))
                        .a("</td><td>")
                        .t(String.join(", ", r.requiredModules()))
                        .a("</td></tr>\n");
            }
            a("</tbody></table>\n");
            if (!ap.bonusRule().isBlank()) {
                a("<h3>")
                        .a(tx("appendix.bonus"))
                        .a("</h3>\n<p>")
                        .t(ap.bonusRule())
                        .a("</p>\n");
            }
            if (!ap.notApplicableRule().isBlank()) {
                a("<h3>")
                        .a(tx("appendix.notApplicable"))
                        .a("</h3>\n<p>")
                        .t(ap.notApplicableRule())
                        .a("</p>\n");
            }
            if (!ap.catalogStatement().isBlank()) {
                a("<h3>").a(tx("appendix.statement")).a("</h3>\n");
                if (!ap.catalogTitle().isBlank()) {
                    a("<p><strong>").t(ap.catalogTitle()).a("</strong></p>\n");
                }
                a("<p>").t(ap.catalogStatement()).a("</p>\n");
            }
            a("</section>\n");
        }

        // Branding, team and scoring explanation.

        /** The logo as an embedded PNG; nothing without one. */
        private void logo(ExtrasSection.Brand brand) {
            if (!brand.hasLogo()) {
                return;
            }
            a("<img class=\"brand-logo\" alt=\"")
                    .t(brand.consultancy().isBlank() ? brand.client() : brand.consultancy())
                    .a("\" width=\"")
                    .a(Integer.toString(brand.logoWidth()))
                    .a("\" height=\"")
                    .a(Integer.toString(brand.logoHeight()))
                    .a("\" style=\"width:auto;height:auto\" src=\"data:image/png;base64,")
                    .a(java.util.Base64.getEncoder().encodeToString(brand.logoPng()))
                    .a("\">");
        }

        private void facts(List<String[]> rows) {
            for (String[] r : rows) {
                if (!r[1].isBlank()) {
                    a("<dt>").t(r[0]).a("</dt><dd>").t(r[1]).a("</dd>");
                }
            }
        }

        private void appendices(List<AppendixBlocks.Block> blocks) {
            boolean open = false;
            for (AppendixBlocks.Block b : blocks) {
                if (b instanceof AppendixBlocks.Heading hd && hd.level() == 1) {
                    if (open) {
                        a("</section>\n");
                    }
                    a("<section class=\"page appendix\">\n<h2>").t(hd.text()).a("</h2>\n");
                    open = true;
                } else if (b instanceof AppendixBlocks.Heading hd) {
                    a("<h3>").t(hd.text()).a("</h3>\n");
                } else if (b instanceof AppendixBlocks.Paragraph p) {
                    a(p.indent() > 0 ? "<p class=\"explain-module\">" : "<p>")
                            .t(p.text())
                            .a("</p>\n");
                } else if (b instanceof AppendixBlocks.Table tb) {
                    a("<table><thead><tr>");
                    for (String c : tb.header()) {
                        a("<th>").t(c).a("</th>");
                    }
                    a("</tr></thead><tbody>\n");
                    for (List<String> row : tb.rows()) {
                        a("<tr>");
                        for (String c : row) {
                            a("<td>").t(c).a("</td>");
                        }
                        a("</tr>\n");
                    }
                    a("</tbody></table>\n");
                }
            }
            if (open) {
                a("</section>\n");
            }
        }
    }
}
