import { ghettoLikeCategories } from "../src/domain/areas/area-category.ts";
import { listInForce } from "../src/domain/areas/facts-year.ts";
import type { RuleVersion } from "../src/domain/areas/rule-version.ts";
import { ruleVersions } from "../src/domain/areas/rule-versions.ts";
import { covers, type IsoDate } from "../src/domain/law/iso-date.ts";
import type { ParameterSet } from "../src/domain/law/parameter.ts";
import { ParameterReader, type Threshold } from "../src/domain/law/parameter-reader.ts";

/**
 * The criteria of every rule version written by hand as one SQL statement (the baseline of B1):
 * per-area sums with GROUP BY, multi-year sums over a window, thresholds compared exactly by
 * cross-multiplying (share n/d ≥ p/q ⇔ n·q ≥ p·d, d > 0). Only the thresholds come from udsyn's
 * dated parameters (inlined as integers); the logic is SQL that DuckDB and PostgreSQL both run.
 * Tables: area_fact (udsyn's shape), bench_national(year, share), bench_region_mean(year, region, mean).
 * Result: one row per assessable area, (area_id, categories) with categories in severity order.
 */

const OP = { gte: ">=", gt: ">", lt: "<", lte: "<=" } as const;

function share(num: string, den: string, t: Threshold): string {
  return `(${den} > 0 AND ${num} * ${t.value.den} ${OP[t.comparator]} ${t.value.num} * ${den})`;
}

function count(expr: string, t: Threshold): string {
  return `(${expr} * ${t.value.den} ${OP[t.comparator]} ${t.value.num})`;
}

const current = {
  r: "residents",
  r18: "residents_18_plus",
  o18: "outside_labour_market_18_plus",
  r1864: "residents_18_64",
  o1864: "outside_labour_market_18_64",
  nw: "non_western_immigrants_descendants",
  r3059: "residents_30_59",
  be: "basic_education_only_30_59",
  tp: "taxpayers_15_64_excl_students",
  inc: "gross_income_sum_15_64_excl_students",
};
const averaged = {
  a_owe: "outside_labour_or_education_18_64",
  a_r1864: "residents_18_64",
  a_cv: "convicted_18_plus",
  a_r18: "residents_18_plus",
};

/**
 * One pass over the facts years a list reads: the facts year's sums and the multi-year sums of
 * the averaged criteria side by side, per area. Only areas with every year of the window are
 * kept (the others "kan ikke vurderes").
 */
function areaSums(factsYear: number, years: number): string {
  const now = Object.entries(current).map(
    ([alias, column]) => `sum(CASE WHEN year = ${factsYear} THEN ${column} END) AS ${alias}`,
  );
  const window = Object.entries(averaged).map(([alias, column]) => `sum(${column}) AS ${alias}`);
  return `(SELECT area_id, ${[...now, ...window].join(", ")}, min(CASE WHEN year = ${factsYear} THEN region END) AS region
    FROM area_fact WHERE year BETWEEN ${factsYear - years + 1} AND ${factsYear}
    GROUP BY area_id HAVING count(DISTINCT year) = ${years}) c`;
}

/** "In at least one department": the department test as a per-area flag. */
function anyDepartment(year: number, tests: Record<string, Threshold>): string {
  const flags = Object.entries(tests).map(
    ([name, t]) =>
      `max(CASE WHEN ${share("outside_labour_market_18_plus", "residents_18_plus", t)} THEN 1 ELSE 0 END) = 1 AS ${name}`,
  );
  return `(SELECT area_id, ${flags.join(", ")} FROM area_fact WHERE year = ${year} GROUP BY area_id) dep`;
}

const cats = (pairs: readonly (readonly [string, string])[]) =>
  `concat_ws(',', ${pairs.map(([cond, name]) => `CASE WHEN ${cond} THEN '${name}' END`).join(", ")})`;

interface Evaluation {
  /** A relation with area_id, cats (text) and gl (ghetto-like, for "years in a row"). */
  readonly sql: string;
}

/** The four criteria of 2018/2021 under a parameter folder, as SQL conditions. */
function fourCriteria(reader: ParameterReader, prefix: string, factsYear: number, years: number): string[] {
  const multiple = reader.threshold(`${prefix}.domfaeldte_gange_landsgennemsnit`);
  const national = `(SELECT sum(share) FROM bench_national WHERE year BETWEEN ${factsYear - years + 1} AND ${factsYear})`;
  return [
    share("c.a_owe", "c.a_r1864", reader.threshold(`${prefix}.uden_for_arbejde_eller_uddannelse_andel`)),
    `(c.a_r18 > 0 AND c.a_cv * ${multiple.value.den * BigInt(years)} ${OP[multiple.comparator]} ${multiple.value.num} * ${national} * c.a_r18)`,
    share("c.be", "c.r3059", reader.threshold(`${prefix}.grundskole_andel`)),
    income(reader, prefix),
  ];
}

/** Mean income (sum ÷ taxpayers) against a share of the region's mean: inc·q op p·mean·tp. */
function income(reader: ParameterReader, prefix: string): string {
  const t = reader.threshold(`${prefix}.indkomst_andel_af_regionens_gennemsnit`);
  return `(c.tp > 0 AND c.inc * ${t.value.den} ${OP[t.comparator]} ${t.value.num} * rm.mean * c.tp)`;
}

const atLeast = (conds: readonly string[], t: Threshold) =>
  count(`(${conds.map((c) => `CASE WHEN ${c} THEN 1 ELSE 0 END`).join(" + ")})`, t);

function evaluate(
  version: RuleVersion,
  factsYear: number,
  listYear: number,
  date: IsoDate,
  params: ParameterSet,
  withStreak: boolean,
): Evaluation {
  const reader = new ParameterReader(params, date);
  const years = () => reader.number("omraader.gennemsnit_aar");
  const region = `JOIN bench_region_mean rm ON rm.year = ${factsYear} AND rm.region = c.region`;
  switch (version.id) {
    case "combined-letting-2005": {
      if (reader.boolean("kombineret_udlejning.omraade.alternativ_test_2005")) throw new Error("not encoded");
      const listed = `dep.one AND ${count("c.r", reader.threshold("kombineret_udlejning.omraade.mindste_antal_beboere"))} AND ${share("c.o18", "c.r18", reader.threshold("kombineret_udlejning.omraade.samlet_andel_uden_for_arbejdsmarkedet"))}`;
      const dep = anyDepartment(factsYear, {
        one: reader.threshold("kombineret_udlejning.omraade.afdeling_andel_uden_for_arbejdsmarkedet"),
      });
      return {
        sql: `SELECT c.area_id, ${cats([[listed, "kombineret_udlejning"]])} AS cats, false AS gl FROM ${areaSums(factsYear, 1)} JOIN ${dep} ON dep.area_id = c.area_id`,
      };
    }
    case "combined-letting-2010": {
      const p = "kombineret_udlejning.omraade";
      const stk3 = `${count("c.r", reader.threshold(`${p}.mindste_antal_beboere`))} AND ${share("c.o1864", "c.r1864", reader.threshold(`${p}.samlet_andel_uden_for_arbejdsmarkedet`))}`;
      const stk4 = `${count("c.r", reader.threshold(`${p}.stk4_mindste_antal_beboere`))} AND ${share("c.o1864", "c.r1864", reader.threshold(`${p}.stk4_samlet_andel_uden_for_arbejdsmarkedet`))}`;
      return {
        sql: `SELECT c.area_id, ${cats([[`(${stk3}) OR (${stk4})`, "kombineret_udlejning"]])} AS cats, false AS gl FROM ${areaSums(factsYear, 1)}`,
      };
    }
    case "copenhagen-typology": {
      const p = "kobenhavn.typologi";
      const dep = anyDepartment(factsYear, {
        udsat: reader.threshold(`${p}.udsat_afdeling_andel`),
        hr: reader.threshold(`${p}.hoejrisiko_afdeling_andel`),
        risk: reader.threshold(`${p}.risiko_afdeling_andel`),
      });
      const udsat = `dep.udsat AND ${count("c.r", reader.threshold(`${p}.udsat_mindste_antal_beboere`))}`;
      return {
        sql: `SELECT c.area_id, CASE WHEN ${udsat} THEN 'udsat' WHEN dep.hr THEN 'hoejrisiko' WHEN dep.risk THEN 'risiko' ELSE 'neutral' END AS cats, false AS gl
          FROM ${areaSums(factsYear, 1)} JOIN ${dep} ON dep.area_id = c.area_id`,
      };
    }
    case "ghetto-list-2010":
    case "revision-2013": {
      const k = years();
      const residents = count("c.r", reader.threshold("omraader.mindste_antal_beboere"));
      const owe = share(
        "c.a_owe",
        "c.a_r1864",
        reader.threshold("omraader.uden_for_arbejde_eller_uddannelse_andel"),
      );
      const nw = share("c.nw", "c.r", reader.threshold("omraader.ikke_vestlige_andel"));
      const cv = share("c.a_cv", "c.a_r18", reader.threshold("omraader.domfaeldte_andel"));
      const criteria =
        version.id === "ghetto-list-2010"
          ? [nw, owe, cv]
          : [
              owe,
              nw,
              cv,
              share("c.be", "c.r3059", reader.threshold("omraader.grundskole_andel")),
              income(reader, "omraader"),
            ];
      const listed = `${residents} AND ${atLeast(criteria, reader.threshold("omraader.mindste_antal_kriterier"))}`;
      return {
        sql: `SELECT c.area_id, ${cats([[listed, "ghettoomraade"]])} AS cats, ${listed} AS gl
          FROM ${areaSums(factsYear, k)} ${version.id === "revision-2013" ? region : ""}`,
      };
    }
    case "revision-2018":
    case "reform-2021": {
      const k = years();
      const residents = count("c.r", reader.threshold("omraader.mindste_antal_beboere"));
      const udsat = `(${residents} AND ${atLeast(fourCriteria(reader, "omraader", factsYear, k), reader.threshold("omraader.mindste_antal_kriterier"))})`;
      const ghetto = `(${udsat} AND ${share("c.nw", "c.r", reader.threshold("omraader.ikke_vestlige_andel"))})`;
      const needed = Number(reader.threshold("omraader.foregaaende_aar_i_traek").value.num);
      const priors = withStreak
        ? Array.from({ length: needed }, (_, i) =>
            priorEvaluation(version, factsYear, listYear, i + 1, params),
          )
        : [];
      const streak =
        priors.length > 0
          ? `${ghetto} AND ${priors.map((_, i) => `coalesce(p${i}.gl, false)`).join(" AND ")}`
          : "false";
      const joins = priors.map((p, i) => `LEFT JOIN (${p.sql}) p${i} ON p${i}.area_id = c.area_id`).join(" ");
      const [severe, like] =
        version.id === "revision-2018"
          ? ["haardt_ghettoomraade", "ghettoomraade"]
          : ["omdannelsesomraade", "parallelsamfund"];
      const pairs: [string, string][] = [
        [streak, severe],
        [ghetto, like],
        [udsat, "udsat_boligomraade"],
      ];
      if (version.id === "reform-2021") {
        const prevention = fourCriteria(reader, "omraader.forebyggelse", factsYear, k);
        pairs.push([
          `${residents} AND ${share("c.nw", "c.r", reader.threshold("omraader.forebyggelse.ikke_vestlige_andel"))} AND ${atLeast(prevention, reader.threshold("omraader.forebyggelse.mindste_antal_kriterier"))}`,
          "forebyggelsesomraade",
        ]);
      }
      return {
        sql: `SELECT c.area_id, ${cats(pairs)} AS cats, ${ghetto} AS gl
          FROM ${areaSums(factsYear, k)} ${region} ${joins}`,
      };
    }
    default:
      throw new Error(`no SQL for ${version.id}`);
  }
}

/** The list `back` years earlier, by the version in force at the end of its list year (as udsyn reads it). */
function priorEvaluation(
  version: RuleVersion,
  factsYear: number,
  listYear: number,
  back: number,
  params: ParameterSet,
): Evaluation {
  const priorDate: IsoDate = `${listYear - back}-12-31`;
  const prior = ruleVersions.find((v) => v.listKind === version.listKind && covers(v, priorDate));
  if (!prior) throw new Error(`no version in force ${priorDate}`);
  const inner = evaluate(prior, factsYear - back, listYear - back, priorDate, params, false);
  // Only ghetto-like categories count; the prior version says which of its categories they are.
  if (![...ghettoLikeCategories].some((c) => prior.categories.includes(c))) throw new Error(prior.id);
  return inner;
}

/** The whole statement for one rule version on one date, over the facts years it reads. */
export function listSql(version: RuleVersion, date: IsoDate, params: ParameterSet): string {
  const reader = new ParameterReader(params, date);
  const { factsYear, listYear } = listInForce(reader, version, date);
  const evaluation = evaluate(version, factsYear, listYear, date, params, true);
  return `SELECT area_id, cats FROM (${evaluation.sql}) l ORDER BY area_id`;
}
