/**
 * Readiness reports: one {@link io.ccmm.report.ReportModel}, one {@link io.ccmm.report.ReportExporter} per format,
 * listed by {@link io.ccmm.report.ReportExporterRegistry}. No JavaFX here; charts are drawn by the exporters.
 * {@link io.ccmm.report.ReportService#export} does a whole export (score, model, atomic write) for the window and the
 * command line.
 *
 * <p>{@link io.ccmm.report.ReportModelFactory} builds the model from a score result (SCORING.md §7), the catalog and
 * the assessment, in the report language {@code lang} with {@code ReportText t = ReportText.of(lang)}:
 *
 * <ul>
 *   <li>{@link io.ccmm.report.Cover}: organization name and site, years in operation, round title, date and assessors
 *       from the assessment; catalog and rules id + sha256; product name and version, export date.
 *   <li>{@link io.ccmm.report.Readiness}: {@code readinessLevel}, its name from {@code catalog.level(n).name()} (or
 *       {@link io.ccmm.report.ReportText#belowLevelOne()} for 0), {@code completion.rated/total}, and
 *       {@link io.ccmm.report.ReportText#bonusApplied} with the bonus points of the first bonus level.
 *   <li>{@link io.ccmm.report.LevelRow} per {@code levels[]}: status word from
 *       {@link io.ccmm.report.ReportText#status}, {@code totalPoints}, {@code maxPoints}, {@code bonusPoints},
 *       {@code percent}, {@code thresholdPercent}, {@code gapPoints}; each reason code through the matching
 *       {@code ReportText.reason…} method (MODULE_BELOW_FLOOR takes the module's name and the level's floorGap).
 *   <li>{@link io.ccmm.report.ModuleRow} per top-level {@code modules[]} with the catalog's module name.
 *   <li>{@link io.ccmm.report.ImprovementPath} from {@code path} (or {@link io.ccmm.report.ImprovementPath#none()}),
 *       item titles from the catalog; years short or unknown for the target level as notes (reason sentences).
 *   <li>{@link io.ccmm.report.ItemRow} per catalog item with its rating (unrated angles as {@code Rate.UNRATED}).
 *   <li>{@link io.ccmm.report.ActionRow} per improvement action ({@link io.ccmm.report.ReportText#actionStatus}).
 *   <li>{@link io.ccmm.report.RulesAppendix}: the rules' description, one {@link io.ccmm.report.RuleRow} per level
 *       rule, {@link io.ccmm.report.ReportText#bonusRule}, the catalog's title and {@code source} text (the
 *       working-catalog statement).
 *   <li>{@code source}: the assessment itself, written as-is by the JSON format.
 * </ul>
 */
package io.ccmm.report;
