import type {
  AssessmentsSection,
  BudgetSection,
  CommitteeReport,
  GoalAssessmentView,
  ReportSection,
  StatusSchemasSection,
} from "../../domain/policy/report/committee-report.ts";
import { renderChartSvg, renderForecastChartSvg } from "../charts/render-chart.ts";
import { escapeXml as esc } from "../escape.ts";
import { richTextHtml, tableHtml } from "./html-blocks.ts";
import { htmlStyles } from "./html-styles.ts";

async function goalHtml(goal: GoalAssessmentView): Promise<string> {
  const id = `maal-${goal.goalCode}`;
  const blocks = goal.blocks
    .map((b) => (b.kind === "table" ? tableHtml(b.table) : richTextHtml([b])))
    .join("\n");
  const charts = await Promise.all(
    goal.charts.map(
      async (chart) =>
        `<figure class="chart" aria-labelledby="${esc(chart.id)}-caption">${await renderChartSvg(chart)}` +
        `<figcaption id="${esc(chart.id)}-caption">${esc(chart.title)}</figcaption>` +
        `<details><summary>Tal bag figuren</summary>${tableHtml(chart.table)}</details></figure>`,
    ),
  );
  const forecasts = await Promise.all(
    goal.forecasts.map(
      async (f) =>
        `<div class="forecast"><p><strong>${esc(f.label)}:</strong> ${esc(f.sentence)}${f.targetExplanation === null ? "" : ` <span class="forecast-note">${esc(f.targetExplanation)}</span>`}</p>` +
        (f.chart === null
          ? ""
          : `<figure class="chart" aria-labelledby="${esc(f.chart.id)}-caption">${await renderForecastChartSvg(f.chart)}` +
            `<figcaption id="${esc(f.chart.id)}-caption">${esc(f.chart.title)}. Mørkt bånd: 80 %-interval, lyst bånd: 95 %-interval.</figcaption></figure>`) +
        "</div>",
    ),
  );
  return `<section class="goal" aria-labelledby="${id}">
<h3 id="${id}">${esc(goal.heading)}</h3>
<dl class="assessment-summary">${goal.summary.map((s) => `<div><dt>${esc(s.label)}:</dt><dd>${esc(s.value)}</dd></div>`).join("")}</dl>
${forecasts.join("\n")}
${blocks}
${goal.indicators === null ? "" : tableHtml(goal.indicators)}
${charts.join("\n")}
</section>`;
}

async function assessmentsHtml(section: AssessmentsSection, id: string): Promise<string> {
  const goals = await Promise.all(section.goals.map(goalHtml));
  return `<h2 id="${id}">${esc(section.heading)}</h2>\n${richTextHtml(section.introduction)}\n${goals.join("\n")}`;
}

function schemasHtml(section: StatusSchemasSection, id: string): string {
  const schemas = section.schemas.map((schema) => {
    const headingId = `indsats-${schema.initiativeId}`;
    const rows = schema.rows
      .map((r) => `<tr><th scope="row">${esc(r.label)}</th><td>${richTextHtml(r.value)}</td></tr>`)
      .join("\n");
    return `<section class="initiative" aria-labelledby="${headingId}">
<h3 id="${headingId}">${esc(schema.heading)}</h3>
<table class="schema"><caption class="visually-hidden">Statusskema: ${esc(schema.heading)}</caption><tbody>
${rows}
</tbody></table>
</section>`;
  });
  return `<h2 id="${id}">${esc(section.heading)}</h2>\n${schemas.join("\n")}`;
}

function budgetHtml(section: BudgetSection, id: string): string {
  return `<h2 id="${id}">${esc(section.heading)}</h2>\n${section.tables.map((t) => tableHtml(t)).join("\n")}`;
}

async function sectionHtml(section: ReportSection, index: number): Promise<string> {
  const id = `afsnit-${index + 1}`;
  const inner =
    section.kind === "goal_assessments"
      ? await assessmentsHtml(section, id)
      : section.kind === "status_schemas"
        ? schemasHtml(section, id)
        : budgetHtml(section, id);
  return `<section aria-labelledby="${id}">\n${inner}\n</section>`;
}

/**
 * The report as one self-contained, accessible HTML document: `lang="da"`, one h1, h2 per
 * section, h3 per goal and initiative, tables with captions and scoped headers, charts as
 * inline SVG images with a Danish title, description and the numbers as a table.
 */
export async function renderHtml(model: CommitteeReport): Promise<string> {
  const sections = await Promise.all(model.sections.map(sectionHtml));
  return `<!doctype html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(model.title)}</title>
<style>${htmlStyles}</style>
</head>
<body>
<header class="letterhead">
<p class="recipient">${esc(model.recipient)}</p>
<p class="date"><time datetime="${esc(model.isoDate)}">${esc(model.date)}</time></p>
<dl>${model.meta.map((m) => `<div><dt>${esc(m.label)}</dt><dd>${esc(m.value)}</dd></div>`).join("")}</dl>
</header>
<main>
<h1>${esc(model.title)}</h1>
${richTextHtml(model.introduction)}
${sections.join("\n")}
</main>
</body>
</html>
`;
}
