/**
 * Benchmarks, reported as ratios against a baseline measured in the same run (absolute times
 * vary with the machine; ratios say how the work scales). Run: `npm run bench`.
 * Writes bench/RESULTS.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { demoData, round2010 } from "../src/demo/report-2010/index.ts";
import { classifyAreas } from "../src/domain/areas/classify-areas.ts";
import type { DepartmentYearFacts } from "../src/domain/areas/department-year-facts.ts";
import { ruleVersionFor } from "../src/domain/areas/rule-versions.ts";
import { buildFromRound } from "../src/domain/policy/report/build-committee-report.ts";
import { validateReport } from "../src/domain/policy/validation/validate-report.ts";
import { parseAreaFactsCsv, parseReferenceFactsCsv } from "../src/formats/csv/area-facts-csv.ts";
import { renderDocx } from "../src/render/docx/render-docx.ts";
import { renderHtml } from "../src/render/html/render-html.ts";
import { renderPdf } from "../src/render/pdf/render-pdf.ts";
import { loadParameters } from "../src/rules/load-parameters.ts";

const ROOT = resolve(import.meta.dirname, "..");

/** Median of `runs` timed calls after `warmup` untimed ones, in milliseconds. */
async function median(fn: () => unknown, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The demo facts copied `factor` times under new area and department ids: a larger municipality or country. */
function scaled(facts: readonly DepartmentYearFacts[], factor: number): DepartmentYearFacts[] {
  return Array.from({ length: factor }, (_, copy) =>
    facts.map((f) => ({
      ...f,
      area_id: `${f.area_id}-${copy}`,
      department_id: `${f.department_id}-${copy}`,
    })),
  ).flat();
}

interface Row {
  readonly what: string;
  readonly ms: number;
}

function table(title: string, baseline: Row, rows: readonly Row[], note: string): string {
  const lines = rows.map((r) => `| ${r.what} | ${(r.ms / baseline.ms).toFixed(2)} |`);
  return [
    `## ${title}`,
    "",
    note,
    "",
    `Baseline: ${baseline.what} = 1.00 (${baseline.ms.toFixed(2)} ms on the machine that ran it).`,
    "",
    "| case | ratio to baseline |",
    "|---|---|",
    ...lines,
    "",
  ].join("\n");
}

const params = await loadParameters(resolve(ROOT, "rules"));
const facts = parseAreaFactsCsv(
  readFileSync(resolve(ROOT, "data/demo/area-facts.csv"), "utf8"),
  "area-facts.csv",
);
const reference = parseReferenceFactsCsv(
  readFileSync(resolve(ROOT, "data/demo/reference-facts.csv"), "utf8"),
  "reference-facts.csv",
);
const departmentsPerYear = facts.filter((f) => f.year === 2009).length;

const cases = [
  { what: "combined letting 2005 on 2009-12-31", kind: "combined_letting" as const, date: "2009-12-31" },
  { what: "combined letting 2010 on 2010-01-01", kind: "combined_letting" as const, date: "2010-01-01" },
  {
    what: "ghetto list 2010 (4-year averages) on 2012-10-01",
    kind: "vulnerable_areas" as const,
    date: "2012-10-01",
  },
  {
    what: "revision 2018 (hard ghetto: 4 earlier lists) on 2018-12-01",
    kind: "vulnerable_areas" as const,
    date: "2018-12-01",
  },
  { what: "reform 2021 on 2022-12-01", kind: "vulnerable_areas" as const, date: "2022-12-01" },
];

const classification: Row[] = [];
for (const factor of [1, 10, 50]) {
  const data = scaled(facts, factor);
  for (const c of cases) {
    const version = ruleVersionFor(c.kind, c.date);
    const ms = await median(
      () => classifyAreas(version, data, { date: c.date }, params, reference),
      factor === 50 ? 5 : 15,
      1,
    );
    classification.push({ what: `${c.what}, ${departmentsPerYear * factor} departments/year`, ms });
  }
}

const model = buildFromRound(demoData, round2010);
const report: Row[] = [
  { what: "validate the 2010 report (all rules)", ms: await median(() => validateReport(round2010)) },
  { what: "build the report model", ms: await median(() => buildFromRound(demoData, round2010)) },
  { what: "render HTML (with Vega-Lite charts)", ms: await median(() => renderHtml(model), 5, 1) },
  { what: "render DOCX", ms: await median(() => renderDocx(model), 5, 1) },
  { what: "render PDF", ms: await median(() => renderPdf(model), 5, 1) },
];

const text = [
  "# Benchmark results",
  "",
  `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on Node ${process.version}; medians of repeated runs.`,
  "Figures are ratios against the baseline of the same run, so they compare across machines.",
  "",
  table(
    "Area classification (pure domain, exact rational arithmetic)",
    classification[0] as Row,
    classification,
    "The demo facts scaled ×1, ×10 and ×50 (copies under new ids). Linear scaling shows as ratios growing with the department count; multi-year rules read 2–5 years of facts per area.",
  ),
  table(
    "Committee report pipeline (the seed's 2010 report)",
    report[0] as Row,
    report,
    "From the stored round to each output format.",
  ),
].join("\n");

writeFileSync(resolve(ROOT, "bench/RESULTS.md"), text);
process.stdout.write(`${text}\n`);
