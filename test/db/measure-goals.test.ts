import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { crimeStrata } from "../../src/db/register-goals.repository.ts";
import { fixedClock } from "../../src/domain/law/clock.ts";
import { COMPUTED_MEASUREMENT_PREFIX } from "../../src/domain/policy/goals/indicator-computation.ts";
import type { ReportingRound } from "../../src/domain/policy/report/reporting-round.ts";
import { validateReport } from "../../src/domain/policy/validation/validate-report.ts";
import { type SynthFiles, synthesiseRegister } from "../../src/domain/register/synth/synthesise.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { classifyAreasOn } from "../../src/usecases/areas/classify-areas.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { requireRound } from "../../src/usecases/policy/round-lookup.ts";
import { computeAreaFacts } from "../../src/usecases/register/compute-area-facts.ts";
import { importRegisterBatch } from "../../src/usecases/register/import-register-batch.ts";
import { crimeStrataOf, measureGoals } from "../../src/usecases/register/measure-goals.ts";
import { compareStandardised } from "../../src/usecases/stats/standardise.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { testDatabases } from "../support/databases.ts";
import { asFiles } from "../support/register-files.ts";

const rows = (text: string): string[][] =>
  text
    .trimEnd()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","));

/**
 * A tiny batch where goal c's strata are known by construction: five young people on both sides
 * of the age band and of a residence in the year, and one adult.
 */
const tinyBatch: Record<string, string> = {
  "areas.csv": "area_id,area_name\nomr,Område\n",
  "area_years.csv": "area_id,year,area_type\nomr,2008,udsat\nomr,2009,udsat\n",
  "departments.csv": "department_id,area_id,department_name\nomr-1,omr,Afd. 1\n",
  "dwellings.csv": "dwelling_id,department_id\nd1,omr-1\nd2,omr-1\n",
  "households.csv": "household_id\nh1\nh2\n",
  "persons.csv": [
    "person,birth_year,birth_month,sex,origin,country_group,parents_status",
    "a14,1994,6,m,indvandrer,ikke_vestlig,lav", // 14 in 2008: outside the band
    "a15,1993,6,m,efterkommer,ikke_vestlig,lav", // 15 in 2008: inside
    "b19,1989,1,k,dansk,,hoej", // 19 in 2008: inside
    "b20,1988,1,m,dansk,,hoej", // 20 in 2008: outside
    "gone,1990,3,m,dansk,,mellem", // 18 in 2008, but moved out in 2007
    "",
  ].join("\n"),
  "residences.csv": [
    "person,dwelling_id,household_id,valid_from,valid_to",
    "a14,d1,h1,2000-01-01,",
    "a15,d1,h1,2000-01-01,",
    "b19,d2,h2,2000-01-01,",
    "b20,d2,h2,2000-01-01,",
    "gone,d2,h2,2000-01-01,2007-06-30",
    "",
  ].join("\n"),
  "benefits.csv": "person,month,benefit_code\n",
  "person_years.csv": [
    "person,year,labour_status,outside_fte,education,gross_income,convictions,charges",
    "a14,2008,under_uddannelse,0,grundskole,0,1,1",
    "a15,2008,under_uddannelse,0,grundskole,0,2,2",
    "b19,2008,under_uddannelse,0,gymnasial,0,0,1",
    "b20,2008,beskaeftiget,0,gymnasial,200000,1,1",
    "gone,2008,beskaeftiget,0,gymnasial,200000,1,1",
    "",
  ].join("\n"),
};

/** Goal c's strata computed in memory from the CSV rows: the SQL's independent reference. */
function referenceStrata(files: SynthFiles, ageFrom: number, ageTo: number) {
  const persons = new Map(rows(files["persons.csv"]).map((r) => [r[0], r]));
  const spells = new Map<string, [string, string][]>();
  for (const r of rows(files["residences.csv"]))
    spells.set(r[0] as string, [...(spells.get(r[0] as string) ?? []), [r[3] as string, r[4] as string]]);
  const counts = new Map<string, { persons: number; convicted: number }>();
  for (const r of rows(files["person_years.csv"])) {
    const person = persons.get(r[0]) as string[];
    const year = Number(r[1]);
    const age = year - Number(person[1]);
    if (age < ageFrom || age > ageTo) continue;
    const lives = (spells.get(r[0] as string) ?? []).some(
      ([from, to]) => from <= `${year}-12-31` && (to === "" || to > `${year}-01-01`),
    );
    if (!lives) continue;
    const side = person[4] === "dansk" ? "reference" : "group";
    const key = `${year}|${side}|${age}|${person[6]}`;
    const cell = counts.get(key) ?? { persons: 0, convicted: 0 };
    cell.persons++;
    if (Number(r[6]) > 0) cell.convicted++;
    counts.set(key, cell);
  }
  return counts;
}

describe("goal c's strata", () => {
  const row = (
    side: "group" | "reference",
    age: number,
    parentsStatus: string,
    persons: number,
    convicted: number,
  ) => ({
    year: 2008,
    side,
    age,
    parentsStatus,
    persons,
    convicted,
  });
  it("groups ages under and over 18 and leaves out a stratum with nobody on one side, counting its persons", () => {
    const { group, reference, dropped } = crimeStrataOf(
      [
        row("group", 15, "lav", 10, 2),
        row("group", 17, "lav", 5, 1),
        row("reference", 16, "lav", 40, 3),
        row("group", 18, "hoej", 7, 1),
        row("reference", 19, "mellem", 30, 2),
      ],
      15,
      19,
    );
    expect(group).toEqual([{ stratum: "15–17 år, forældre: lav", persons: 15, events: 3 }]);
    expect(reference).toEqual([{ stratum: "15–17 år, forældre: lav", persons: 40, events: 3 }]);
    expect(dropped).toBe(37);
  });
});

describe.each(testDatabases())("goals measured from register data on $name", (testDb) => {
  let database: DatabaseHandle;
  const actor = cliActor();
  const ctx = () => createUseCaseContext(database.db, { clock: fixedClock("2026-12-02T10:00:00Z") });

  beforeAll(async () => {
    database = await testDb.open();
    await policyDemo.seed(database.db, actor);
  });
  afterAll(async () => {
    await database.close();
  });

  it("counts goal c's young people by age band and residence in the year, from the tiny batch", async () => {
    const { batchId } = await importRegisterBatch(ctx(), actor, { name: "lille", files: asFiles(tinyBatch) });
    const strata = await crimeStrata(database.db, batchId, 15, 19);
    expect(strata).toEqual([
      { year: 2008, side: "group", age: 15, parentsStatus: "lav", persons: 1, convicted: 1 },
      { year: 2008, side: "reference", age: 19, parentsStatus: "hoej", persons: 1, convicted: 0 },
    ]);
  });

  it("gives goal c's strata as the in-memory count of the CSV rows, for a synthetic city", async () => {
    const files = synthesiseRegister({ persons: 600, seed: 11 });
    const { batchId } = await importRegisterBatch(ctx(), actor, { name: "by", files: asFiles(files) });
    const expected = referenceStrata(files, 15, 19);
    const actual = await crimeStrata(database.db, batchId, 15, 19);
    expect(
      new Map(
        actual.map((s) => [
          `${s.year}|${s.side}|${s.age}|${s.parentsStatus}`,
          { persons: s.persons, convicted: s.convicted },
        ]),
      ),
    ).toEqual(expected);
  });

  it("writes goal c's ratio per year into the round, replacing earlier computed measurements and keeping typed-in ones", async () => {
    const files = synthesiseRegister({ persons: 600, seed: 11 });
    // Before the batch's area facts are computed, goals a and b have nothing to count, and say so.
    const early = await measureGoals(ctx(), actor, { committee: "SUD", year: 2010, batch: "by" });
    for (const id of ["a-omraader-paa-listen", "b-andel-uden-for-arbejdsmarkedet"])
      expect(early.indicators.find((i) => i.indicatorId === id)).toMatchObject({
        measurements: [],
        unmeasured: "no_area_facts",
      });
    await computeAreaFacts(ctx(), actor, { batch: "by" });
    const outcome = await measureGoals(ctx(), actor, { committee: "SUD", year: 2010, batch: "by" });
    const goalC = outcome.indicators.find((i) => i.indicatorId === "c-standardiseret-kriminalitetsfrekvens");
    // The batch runs to 2012, but the 2010 report is dated 4 March 2010: only years over by then.
    expect(goalC?.measurements.map((m) => m.period)).toEqual(
      [2006, 2007, 2008, 2009].map((year) => ({ kind: "year", year })),
    );
    expect(goalC?.afterRoundDate).toBe(3);
    expect(goalC?.unmeasured).toBeUndefined();
    // The ratio of 2008 is the standardisation of the in-memory strata of 2008.
    const strata = referenceStrata(files, 15, 19);
    const rows2008 = [...strata]
      .filter(([key]) => key.startsWith("2008|"))
      .map(([key, cell]) => {
        const [, side, age, parentsStatus] = key.split("|");
        return {
          year: 2008,
          side: side as "group" | "reference",
          age: Number(age),
          parentsStatus: parentsStatus as string,
          ...cell,
        };
      });
    const { group, reference } = crimeStrataOf(rows2008, 15, 19);
    expect(group.map((g) => g.stratum)).toEqual(reference.map((r) => r.stratum));
    const expected = compareStandardised("g", "r", group, reference);
    const m2008 = goalC?.measurements.find((m) => m.period?.kind === "year" && m.period.year === 2008);
    // Stored as stated: at the indicator's two decimals.
    expect(m2008?.value).toBe(Number((expected.ratio ?? Number.NaN).toFixed(2)));
    // One figure in the stated text (the validation reads it as the value); the interval in the note.
    expect(m2008?.statedText).toMatch(/^\d+,\d\d$/);
    expect(m2008?.note).toMatch(/^95 %-konfidensinterval \d+,\d\d–\d+,\d\d\. /);

    // Goal b: the udsat areas' departments summed, from the stored facts and the batch's area types.
    const udsat = new Set(
      rows(files["area_years.csv"])
        .filter((r) => r[2] === "udsat")
        .map((r) => `${r[0]}|${r[1]}`),
    );
    const facts = await database.db
      .selectFrom("area_fact")
      .select(["year", "area_id", "residents_18_64", "outside_labour_market_18_64"])
      .execute();
    const goalB = outcome.indicators.find((i) => i.indicatorId === "b-andel-uden-for-arbejdsmarkedet");
    for (const year of [2006, 2009]) {
      const mine = facts.filter((f) => f.year === year && udsat.has(`${f.area_id}|${year}`));
      const share =
        (100 * mine.reduce((n, f) => n + Number(f.outside_labour_market_18_64), 0)) /
        mine.reduce((n, f) => n + Number(f.residents_18_64), 0);
      const measured = goalB?.measurements.find((m) => m.period?.kind === "year" && m.period.year === year);
      expect(measured?.value).toBe(Number(share.toFixed(1)));
    }
    expect(
      goalB?.measurements.find((m) => m.period?.kind === "year" && m.period.year === 2009)?.note,
    ).toMatch(/Ændring siden 2006: [−+±][\d,]+ procentpoint \([−+±][\d,]+ %\)/);

    // Goal a: the list of 1 January after each facts year, as the classification gives it.
    const goalA = outcome.indicators.find((i) => i.indicatorId === "a-omraader-paa-listen");
    const on2010 = await classifyAreasOn(ctx(), actor, { date: "2010-01-01" });
    const measuredA = goalA?.measurements.find(
      (m) => m.period?.kind === "date" && m.period.date === "2010-01-01",
    );
    expect(measuredA?.value).toBe(on2010.areas.filter((a) => a.listed).length);
    // Every list counted is the one the classification gives on its date, on the same facts year.
    expect(goalA?.measurements.length).toBeGreaterThan(1);
    for (const m of goalA?.measurements ?? []) {
      if (m.period?.kind !== "date") throw new Error("goal a is counted per list date");
      const listed = await classifyAreasOn(ctx(), actor, { date: m.period.date });
      expect(m.value, m.period.date).toBe(listed.areas.filter((a) => a.listed).length);
      expect(m.note, m.period.date).toContain(`fakta for ${listed.factsYear}`);
    }

    const round = await requireRound(database.db, { committee: "SUD", year: 2010 });
    const tracked = (content: ReportingRound, id: string) =>
      content.goals.flatMap((g) => g.indicators).find((t) => t.indicator.id === id);
    const stored = tracked(round.content, "c-standardiseret-kriminalitetsfrekvens");
    expect(stored?.measurements.every((m) => m.id.startsWith(COMPUTED_MEASUREMENT_PREFIX))).toBe(true);
    expect(stored?.measurements[0]?.source).toBe(
      "Beregnet af udsyn fra registerudtræk »by« den 2. december 2026",
    );
    // Goal a's typed-in measurements stay.
    const storedA = tracked(round.content, "a-omraader-paa-listen");
    expect(storedA?.measurements.map((m) => m.id)).toEqual(
      expect.arrayContaining(["a-2009-gamle-kriterier", "a-liste-21-12-2009"]),
    );
    // Measuring again replaces, never duplicates.
    await measureGoals(ctx(), actor, { committee: "SUD", year: 2010, batch: "by" });
    const again = await requireRound(database.db, { committee: "SUD", year: 2010 });
    expect(tracked(again.content, "c-standardiseret-kriminalitetsfrekvens")?.measurements).toHaveLength(4);
    const computedIds = [
      "a-omraader-paa-listen",
      "b-andel-uden-for-arbejdsmarkedet",
      "c-standardiseret-kriminalitetsfrekvens",
    ];
    // Computed figures are dated by their period, not the day they were computed (2026): the
    // validation finds none of them after the report's date.
    expect(
      validateReport(again.content).filter(
        (f) =>
          (f.ruleId === "dates.measurement_after_round" || f.ruleId === "measurement.stated_value") &&
          computedIds.includes(String(f.location.field)),
      ),
    ).toEqual([]);
    const audit = await database.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("action", "=", "policy.measure")
      .execute();
    expect(audit).toHaveLength(3);
  });

  it("refuses an unknown batch and a role that may not edit statistics, changing nothing", async () => {
    await expect(
      measureGoals(ctx(), actor, { committee: "SUD", year: 2010, batch: "findes-ikke" }),
    ).rejects.toThrow("Der er ingen registerbatch ved navn »findes-ikke«");
    await expect(
      measureGoals(ctx(), { ...actor, role: "committee" }, { committee: "SUD", year: 2010, batch: "by" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
