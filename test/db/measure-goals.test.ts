import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { crimeStrata } from "../../src/db/register-goals.repository.ts";
import { fixedClock } from "../../src/domain/law/clock.ts";
import { COMPUTED_MEASUREMENT_PREFIX } from "../../src/domain/policy/goals/indicator-computation.ts";
import type { ReportingRound } from "../../src/domain/policy/report/reporting-round.ts";
import { type SynthFiles, synthesiseRegister } from "../../src/domain/register/synth/synthesise.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { requireRound } from "../../src/usecases/policy/round-lookup.ts";
import { importRegisterBatch } from "../../src/usecases/register/import-register-batch.ts";
import { measureGoals } from "../../src/usecases/register/measure-goals.ts";
import { compareStandardised } from "../../src/usecases/stats/standardise.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { testDatabases } from "../support/databases.ts";

const asFiles = (files: Record<string, string>) =>
  Object.entries(files).map(([fileName, content]) => ({ fileName, content }));

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
    const files = synthesiseRegister({ persons: 2000, seed: 11 });
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
    const files = synthesiseRegister({ persons: 2000, seed: 11 });
    const outcome = await measureGoals(ctx(), actor, { committee: "SUD", year: 2010, batch: "by" });
    const goalC = outcome.indicators.find((i) => i.indicatorId === "c-standardiseret-kriminalitetsfrekvens");
    expect(goalC?.measurements.map((m) => m.period)).toEqual(
      [2006, 2007, 2008, 2009, 2010, 2011, 2012].map((year) => ({ kind: "year", year })),
    );
    // The ratio of 2008 is the standardisation of the in-memory strata of 2008.
    const strata = referenceStrata(files, 15, 19);
    const side = (name: string) =>
      [...strata]
        .filter(([key]) => key.startsWith(`2008|${name}|`))
        .map(([key, cell]) => {
          const [, , age, parents] = key.split("|");
          return {
            stratum: `${age} år, forældre: ${parents}`,
            events: cell.convicted,
            persons: cell.persons,
          };
        });
    const expected = compareStandardised("g", "r", side("group"), side("reference"));
    const m2008 = goalC?.measurements.find((m) => m.period?.kind === "year" && m.period.year === 2008);
    expect(m2008?.value).toBeCloseTo(expected.ratio ?? Number.NaN, 4);
    expect(m2008?.statedText).toMatch(/^\d+,\d\d \(95 %-konfidensinterval \d+,\d\d–\d+,\d\d\)$/);

    const round = await requireRound(database.db, { committee: "SUD", year: 2010 });
    const tracked = (content: ReportingRound, id: string) =>
      content.goals.flatMap((g) => g.indicators).find((t) => t.indicator.id === id);
    const stored = tracked(round.content, "c-standardiseret-kriminalitetsfrekvens");
    expect(stored?.measurements.every((m) => m.id.startsWith(COMPUTED_MEASUREMENT_PREFIX))).toBe(true);
    expect(stored?.measurements[0]?.source).toBe(
      "Beregnet af udsyn fra registerudtræk »by« den 2. december 2026",
    );
    // Goal a's typed-in measurements stay.
    const goalA = tracked(round.content, "a-omraader-paa-listen");
    expect(goalA?.measurements.map((m) => m.id)).toEqual(
      expect.arrayContaining(["a-2009-gamle-kriterier", "a-liste-21-12-2009"]),
    );
    // Measuring again replaces, never duplicates.
    await measureGoals(ctx(), actor, { committee: "SUD", year: 2010, batch: "by" });
    const again = await requireRound(database.db, { committee: "SUD", year: 2010 });
    expect(tracked(again.content, "c-standardiseret-kriminalitetsfrekvens")?.measurements).toHaveLength(7);
    const audit = await database.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("action", "=", "policy.measure")
      .execute();
    expect(audit).toHaveLength(2);
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
