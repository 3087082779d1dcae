import { parse } from "csv-parse/sync";
import type { EvaluationDefinition } from "../../src/domain/register/evaluation/definition.ts";
import type {
  DwellingClass,
  EvaluationRow,
  Figures,
  LettingEvaluationCounts,
  MoverClass,
} from "../../src/domain/register/evaluation/letting-evaluation.ts";

/**
 * A hand-built register batch (docs/REGISTER.md layout) whose evaluation 2006 → 2008 is known by
 * construction; the expected table is written out in test/db/letting-evaluation.test.ts.
 *
 * Area A (udsat every year), area B (neutral 2006, risiko 2008: the from-year's type counts).
 * - a1: P01 (on førtidspension 2006) and P02 leave 2007-03-01, fully vacated; re-let to P03, P04
 *   (kontanthjælp 2008) and their child P05 (outside the age band).
 * - a2: P06 stays (kontanthjælp 2006 and 2008); P07 (sygedagpenge Mar–May 2006) leaves; P14 moves
 *   in from b3 (kontanthjælp 2006 and 2008): not fully vacated.
 * - a3: P08 stays and goes off kontanthjælp; P09 turns 18 in between (SU only, not counted).
 * - b1: P10 (folkepension, outside the band), P11 stays (dagpenge May–Aug 2008), P15 stays but
 *   is 64 on 1 Jan 2006 (born February 1941) and 66 in 2008 (førtidspension).
 * - b2: empty on 1 Jan 2006 (P13 left in 2005), P12 moves in 2007 (kontanthjælp Jan–Mar 2008).
 * - b3: P14 (kontanthjælp 2006) leaves for a2: fully vacated.
 */
export function handBuiltBatch(): Record<string, string> {
  const months = (person: string, year: number, from: number, to: number, code: string) =>
    Array.from(
      { length: to - from + 1 },
      (_, i) => `${person},${year}-${String(from + i).padStart(2, "0")},${code}`,
    );
  return {
    "areas.csv": "area_id,area_name\nA,Område A\nB,Område B\n",
    "area_years.csv":
      "area_id,year,area_type\nA,2006,udsat\nA,2007,udsat\nA,2008,udsat\nB,2006,neutral\nB,2007,neutral\nB,2008,risiko\n",
    "departments.csv": "department_id,area_id,department_name\nA-1,A,A afd. 1\nB-1,B,B afd. 1\n",
    "dwellings.csv": "dwelling_id,department_id\na1,A-1\na2,A-1\na3,A-1\nb1,B-1\nb2,B-1\nb3,B-1\n",
    "households.csv": "household_id\nH1\nH2\nH3\nH4\nH5\nH6\nH7\nH8\n",
    "persons.csv": [
      "person,birth_year,birth_month,sex,origin,country_group,parents_status",
      "P01,1970,5,m,dansk,,lav",
      "P02,1972,3,k,dansk,,lav",
      "P03,1980,7,k,indvandrer,ikke_vestlig,uoplyst",
      "P04,1982,1,m,indvandrer,ikke_vestlig,uoplyst",
      "P05,2005,2,k,efterkommer,ikke_vestlig,lav",
      "P06,1960,4,k,dansk,,mellem",
      "P07,1965,9,m,dansk,,mellem",
      "P08,1975,1,k,indvandrer,vestlig,hoej",
      "P09,1989,6,m,efterkommer,vestlig,hoej",
      "P10,1940,3,m,dansk,,lav",
      "P11,1950,8,k,dansk,,lav",
      "P12,1985,12,m,dansk,,uoplyst",
      "P13,1983,10,k,dansk,,uoplyst",
      "P14,1978,11,m,indvandrer,ikke_vestlig,lav",
      "P15,1941,2,k,dansk,,lav",
      "",
    ].join("\n"),
    "residences.csv": [
      "person,dwelling_id,household_id,valid_from,valid_to",
      "P01,a1,H1,2000-01-01,2007-03-01",
      "P02,a1,H1,2000-01-01,2007-03-01",
      "P03,a1,H2,2007-04-15,",
      "P04,a1,H2,2007-04-15,",
      "P05,a1,H2,2007-04-15,",
      "P06,a2,H3,1999-05-01,",
      "P07,a2,H3,1999-05-01,2007-06-01",
      "P14,a2,H3,2007-08-01,",
      "P08,a3,H4,2001-01-01,",
      "P09,a3,H4,2001-01-01,",
      "P10,b1,H5,1990-01-01,",
      "P11,b1,H5,1990-01-01,",
      "P15,b1,H5,1990-01-01,",
      "P13,b2,H7,2003-01-01,2005-12-01",
      "P12,b2,H6,2007-09-01,",
      "P14,b3,H8,2002-01-01,2007-02-01",
      "",
    ].join("\n"),
    "benefits.csv": [
      "person,month,benefit_code",
      ...months("P01", 2006, 1, 12, "foertidspension"),
      ...months("P03", 2008, 1, 12, "kontanthjaelp"),
      ...months("P04", 2008, 1, 12, "kontanthjaelp"),
      ...months("P06", 2006, 1, 12, "kontanthjaelp"),
      ...months("P06", 2008, 1, 12, "kontanthjaelp"),
      ...months("P07", 2006, 3, 5, "sygedagpenge"),
      ...months("P08", 2006, 1, 12, "kontanthjaelp"),
      ...months("P09", 2008, 1, 12, "su"),
      ...months("P10", 2006, 1, 12, "folkepension"),
      ...months("P10", 2008, 1, 12, "folkepension"),
      ...months("P11", 2008, 5, 8, "arbejdsloeshedsdagpenge"),
      ...months("P12", 2008, 1, 3, "kontanthjaelp"),
      ...months("P13", 2005, 6, 6, "kontanthjaelp"),
      ...months("P14", 2006, 1, 12, "kontanthjaelp"),
      ...months("P14", 2008, 1, 12, "kontanthjaelp"),
      ...months("P15", 2006, 1, 12, "foertidspension"),
      ...months("P15", 2008, 1, 12, "foertidspension"),
      "",
    ].join("\n"),
    "person_years.csv": "person,year,labour_status,outside_fte,education,gross_income,convictions,charges\n",
  };
}

type Row = Record<string, string>;
const rows = (text: string): Row[] => parse(text, { columns: true, skip_empty_lines: true }) as Row[];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const zero = (): Mutable<Figures> => ({ personsFrom: 0, personsTo: 0, onTransferFrom: 0, onTransferTo: 0 });

/**
 * The evaluation counted person by person from the batch's CSV text, written without the SQL or
 * the domain's assembly: the reference the database's table is compared with.
 */
export function referenceEvaluation(
  files: Record<string, string>,
  d: EvaluationDefinition,
): LettingEvaluationCounts {
  const areaOfDepartment = new Map(
    rows(files["departments.csv"] ?? "").map((r) => [r.department_id, r.area_id]),
  );
  const areaOfDwelling = new Map(
    rows(files["dwellings.csv"] ?? "").map((r) => [
      r.dwelling_id,
      areaOfDepartment.get(r.department_id ?? ""),
    ]),
  );
  const typeOfArea = new Map(
    rows(files["area_years.csv"] ?? "")
      .filter((r) => Number(r.year) === d.fromYear)
      .map((r) => [r.area_id, r.area_type]),
  );
  const persons = new Map(rows(files["persons.csv"] ?? "").map((r) => [r.person, r]));
  const benefits = rows(files["benefits.csv"] ?? "").map((r) => ({
    person: r.person as string,
    month: `${(r.month as string).slice(0, 7)}-01`,
    code: r.benefit_code as string,
  }));
  const spells = rows(files["residences.csv"] ?? "").map((r) => ({
    person: r.person as string,
    dwelling: r.dwelling_id as string,
    from: r.valid_from as string,
    to: r.valid_to === "" ? undefined : (r.valid_to as string),
  }));
  const livesOn = (day: string) => {
    const set = new Set<string>();
    for (const s of spells)
      if (s.from <= day && (s.to === undefined || s.to > day)) set.add(`${s.person}|${s.dwelling}`);
    return set;
  };
  const on = [livesOn(d.from.day), livesOn(d.to.day)] as const;
  const keptDwellings = new Set([...on[0]].filter((k) => on[1].has(k)).map((k) => k.split("|")[1]));

  const byType = new Map<
    string,
    {
      classes: Record<DwellingClass, Mutable<Figures>>;
      movers: Record<MoverClass, Mutable<Figures>>;
      distinct: Record<string, Set<string>>;
    }
  >();
  const all = {
    classes: { fullyVacated: zero(), notFullyVacated: zero() },
    movers: { moverIn: zero(), moverOut: zero(), stayer: zero() },
    distinct: {
      fullyVacated: new Set<string>(),
      notFullyVacated: new Set<string>(),
      total: new Set<string>(),
    },
  };
  for (const [index, point] of [d.from, d.to].entries()) {
    for (const key of on[index as 0 | 1]) {
      const [person, dwelling] = key.split("|") as [string, string];
      const p = persons.get(person) as Row;
      const age = point.year - Number(p.birth_year) - (Number(p.birth_month) > point.month ? 1 : 0);
      if (age < d.minimumAge || age > d.maximumAge) continue;
      const type = typeOfArea.get(areaOfDwelling.get(dwelling) ?? "") ?? "uoplyst";
      const dwellingClass: DwellingClass = keptDwellings.has(dwelling) ? "notFullyVacated" : "fullyVacated";
      const other = on[index === 0 ? 1 : 0].has(key);
      const mover: MoverClass = other ? "stayer" : index === 0 ? "moverOut" : "moverIn";
      const transfer = benefits.some(
        (b) =>
          b.person === person &&
          b.month >= point.windowStart &&
          b.month < point.windowEnd &&
          d.benefitCodes.includes(b.code),
      );
      if (!byType.has(type))
        byType.set(type, {
          classes: { fullyVacated: zero(), notFullyVacated: zero() },
          movers: { moverIn: zero(), moverOut: zero(), stayer: zero() },
          distinct: { fullyVacated: new Set(), notFullyVacated: new Set(), total: new Set() },
        });
      for (const target of [byType.get(type), all]) {
        if (target === undefined) continue;
        for (const f of [target.classes[dwellingClass], target.movers[mover]]) {
          if (index === 0) {
            f.personsFrom++;
            if (transfer) f.onTransferFrom++;
          } else {
            f.personsTo++;
            if (transfer) f.onTransferTo++;
          }
        }
        target.distinct[dwellingClass]?.add(person);
        target.distinct.total?.add(person);
      }
    }
  }
  const rowOf = (
    areaType: string,
    t: typeof all | NonNullable<ReturnType<typeof byType.get>>,
  ): EvaluationRow => ({
    areaType,
    fullyVacated: t.classes.fullyVacated,
    notFullyVacated: t.classes.notFullyVacated,
    total: {
      personsFrom: t.classes.fullyVacated.personsFrom + t.classes.notFullyVacated.personsFrom,
      personsTo: t.classes.fullyVacated.personsTo + t.classes.notFullyVacated.personsTo,
      onTransferFrom: t.classes.fullyVacated.onTransferFrom + t.classes.notFullyVacated.onTransferFrom,
      onTransferTo: t.classes.fullyVacated.onTransferTo + t.classes.notFullyVacated.onTransferTo,
    },
    movers: t.movers,
    distinctPersons: {
      fullyVacated: t.distinct.fullyVacated?.size ?? 0,
      notFullyVacated: t.distinct.notFullyVacated?.size ?? 0,
      total: t.distinct.total?.size ?? 0,
    },
  });
  const order = ["udsat", "hoejrisiko", "risiko", "neutral"];
  const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : t === "uoplyst" ? 99 : 50);
  return {
    rows: [...byType.entries()]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([type, t]) => rowOf(type, t)),
    all: rowOf("alle", all),
  };
}
