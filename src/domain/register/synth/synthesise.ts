import { type RegisterAreaType, type RegisterFileName, registerFiles } from "../codes.ts";

/**
 * A synthetic, Copenhagen-like register population in the import layout (docs/REGISTER.md):
 * the seed's areas (data/demo/area-facts.csv) and others across the four area types, departments
 * of realistic sizes, households in dwellings, monthly transfer incomes 2006–2012, households
 * moving out (the dwelling fully vacated, a new household moving in) and single adults moving
 * out (the dwelling not fully vacated). Pure and deterministic: the same options give the same
 * bytes.
 *
 * Calibration: every department has a target share of its residents 18–64 outside the labour
 * market (on transfer income) in each year (`outsideTarget`): its area's level in 2009, changing
 * by the area type's yearly slope (`transferShare`'s), so the city's share starts near a third
 * and falls fastest in the vulnerable areas. The residents 18–64 of a department on the reference
 * day (1 January) are ranked by a fixed personal draw u and the first round(target × n) are
 * outside: the department meets its target exactly, every year, instead of drifting with
 * independent draws. Together with the sizes of the seed's six list areas (`listAreas`) this gives
 * the seed's 2 → 6 change of the combined-letting list at 1 January 2010 from the rule change
 * alone: Tingbjerg/Utterslevhuse and Mjølnerparken meet the 2005 rule (≥ 1,200 residents, a
 * department ≥ 50 % of those 18+ outside), the other four have 1,000–1,199 residents and 44 % of
 * those 18–64 outside (the 2010 rule's ≥ 1,000 and ≥ 40 %, not the 2005 rule's 1,200), and no
 * other area comes near 40 %. `persons` is the population on 1 January of the first year; people
 * moving in later come on top (a fully vacated dwelling is re-let to a household of its size).
 *
 * Streamed (`synthesiseRows`): the city's own random sequence draws the layout (areas,
 * departments, dwellings per department and a seed per department); each department is then
 * generated from its own sequence and its rows handed out before the next is begun, so memory is
 * bounded by one department whatever `persons` (the national scale, 6,000,000 persons in about
 * 7,500 departments, included).
 */
export interface SynthOptions {
  readonly persons: number;
  readonly seed: number;
  readonly fromYear?: number;
  readonly toYear?: number;
}

export type SynthFiles = Readonly<Record<RegisterFileName, string>>;

/** mulberry32: a small, seeded 32-bit PRNG; enough for test data, not for secrets. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The calibrated share of adults 18–64 on transfer income by area type and year. */
export function transferShare(type: RegisterAreaType, year: number): number {
  const k = Math.max(0, year - 2006);
  switch (type) {
    case "udsat":
      return 0.44 - 0.022 * k;
    case "hoejrisiko":
      return 0.4 - 0.018 * k;
    case "risiko":
      return 0.34 - 0.011 * k;
    case "neutral":
      return 0.3 - 0.004 * k;
  }
}

/**
 * The seed's six areas on the 2010 combined-letting list: residents on 1 January 2009 (the
 * facts year of the 1 January 2010 list) when the city is large enough, and the share of residents
 * 18–64 outside the labour market in 2009.
 */
const listAreas: Readonly<Record<string, { readonly residents: number; readonly outside2009: number }>> = {
  tingbjerg: { residents: 2_600, outside2009: 0.52 },
  mjoelnerparken: { residents: 2_000, outside2009: 0.51 },
  akacieparken: { residents: 1_100, outside2009: 0.44 },
  aldersrogade: { residents: 1_100, outside2009: 0.44 },
  lundtoftegade: { residents: 1_100, outside2009: 0.44 },
  bispeparken: { residents: 1_100, outside2009: 0.44 },
};

/** The 2009 share outside the labour market of the areas not on any list, by type: well under 40 %. */
const otherOutside2009: Readonly<Record<RegisterAreaType, number>> = {
  udsat: 0.31,
  hoejrisiko: 0.3,
  risiko: 0.27,
  neutral: 0.24,
};

/** A department's target share of residents 18–64 outside the labour market in a year. */
export function outsideTarget(areaId: string, type: RegisterAreaType, year: number): number {
  const level = listAreas[areaId]?.outside2009 ?? otherOutside2009[type];
  const slope = transferShare(type, 2006) - transferShare(type, 2007);
  return Math.min(0.95, Math.max(0.02, level + slope * (2009 - year)));
}

/** The seed's areas (data/demo/area-facts.csv) with the type given them in the synthetic city. */
const seedAreas: readonly (readonly [string, string, RegisterAreaType])[] = [
  ["tingbjerg", "Tingbjerg/Utterslevhuse", "udsat"],
  ["mjoelnerparken", "Mjølnerparken", "udsat"],
  ["akacieparken", "Akacieparken", "udsat"],
  ["blaagaarden", "Blågården", "udsat"],
  ["urbanplanen", "Urbanplanen", "hoejrisiko"],
  ["aldersrogade", "Aldersrogade/Vognvænget", "hoejrisiko"],
  ["gadelandet", "Gadelandet/Husumgård", "hoejrisiko"],
  ["hoergaarden", "Hørgården", "hoejrisiko"],
  ["lundtoftegade", "Lundtoftegade", "risiko"],
  ["bispeparken", "Bispeparken", "risiko"],
  ["bellahoej", "Bellahøj", "risiko"],
  ["degnegaarden", "Degnegården mv.", "risiko"],
  ["ryparken", "Ryparken", "risiko"],
  ["sjaeloer", "Sjælør Boulevard", "risiko"],
  ["staerevej", "Stærevej mv.", "risiko"],
  ["voldparken", "Voldparken", "risiko"],
];

const nonDanishShare: Readonly<Record<RegisterAreaType, number>> = {
  udsat: 0.55,
  hoejrisiko: 0.45,
  risiko: 0.3,
  neutral: 0.15,
};

const educations = [
  "grundskole",
  "gymnasial",
  "erhvervsfaglig",
  "kort_videregaaende",
  "mellemlang_videregaaende",
  "lang_videregaaende",
];
const parentStatuses = ["hoej", "mellem", "lav", "uden_for_arbejdsmarkedet", "uoplyst"];

/** Age in whole years on 1 January, the birthday taken as the 1st of the birth month (as the facts count it). */
function ageOnReferenceDay(
  person: { readonly birthYear: number; readonly birthMonth: number },
  year: number,
): number {
  return year - person.birthYear - (person.birthMonth > 1 ? 1 : 0);
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const DAY = 86_400_000;

interface Person {
  readonly id: string;
  readonly birthYear: number;
  readonly birthMonth: number;
  readonly u: number;
  readonly code: string;
  readonly education: string;
  readonly crime: number;
  /** Bit `year − fromYear`: ranked in its department on 1 January of that year. */
  ranked: number;
  /** Bit `year − fromYear`: among the ranked ones outside the labour market that year. */
  outside: number;
}

interface Spell {
  readonly person: Person;
  readonly dwelling: number;
  readonly household: string;
  readonly from: number;
  to: number | null;
}

/** A piece of one output file: whole lines, each ending in "\n". A file's first piece is its header. */
export interface SynthChunk {
  readonly file: RegisterFileName;
  readonly text: string;
}

/** What a whole run wrote. */
export interface SynthSummary {
  /** Every person in persons.csv: the population on 1 January of the first year and those moving in later. */
  readonly persons: number;
  readonly households: number;
  readonly areas: number;
  readonly departments: number;
}

interface AreaPlan {
  readonly id: string;
  readonly name: string;
  readonly type: RegisterAreaType;
  readonly weight: number;
}

interface DepartmentPlan {
  readonly id: string;
  readonly name: string;
  readonly area: AreaPlan;
  readonly dwellings: number;
  /** The seed of the department's own random sequence (drawn from the city's). */
  readonly seed: number;
}

/**
 * Persons a department holds, about: the other areas grow in number with the city (1–4
 * departments each, about 800 persons a department), so the national scale (6,000,000 persons)
 * has about 7,500 departments; a municipal city (up to about 56,000 persons) has the seed's 16
 * areas and 12 others.
 */
const PERSONS_PER_AREA = 2_000;
const MIN_OTHER_AREAS = 12;

/**
 * The city's layout from the city's random sequence: areas, their departments and each
 * department's number of dwellings (about 2.1 residents a dwelling, a few left empty). The six
 * list areas get their residents (scaled down in a small city), the others the rest by weight.
 * Small: one entry per department, whatever the population.
 */
function planCity(persons: number, rng: () => number): { areas: AreaPlan[]; departments: DepartmentPlan[] } {
  const areas: AreaPlan[] = seedAreas.map(([id, name, type]) => ({ id, name, type, weight: 0.6 + rng() }));
  const others = Math.max(MIN_OTHER_AREAS, Math.round(persons / PERSONS_PER_AREA) - seedAreas.length);
  const width = Math.max(2, String(others).length);
  for (let i = 1; i <= others; i++) {
    const type: RegisterAreaType = i <= 2 ? "risiko" : "neutral";
    areas.push({
      id: `omraade-${String(i).padStart(width, "0")}`,
      name: `Område ${i}`,
      type,
      weight: type === "neutral" ? 2.4 + rng() : 1,
    });
  }
  const listResidents = Object.values(listAreas).reduce((sum, a) => sum + a.residents, 0);
  const scale = Math.min(1, (0.7 * persons) / listResidents);
  const fixedDwellings = (areaId: string) => {
    const target = listAreas[areaId]?.residents;
    // 2.45 persons a household; 4 % more on 1 January 2006 for the adults moving out by 2009.
    return target === undefined ? undefined : Math.max(1, Math.round((target * scale * 1.04) / 2.45));
  };
  const otherWeight = areas.reduce((sum, a) => sum + (fixedDwellings(a.id) === undefined ? a.weight : 0), 0);
  const fixedTotal = areas.reduce((sum, a) => sum + (fixedDwellings(a.id) ?? 0), 0);
  const otherDwellings = Math.max(0, Math.ceil((persons / 2.1) * 1.03) - fixedTotal);
  const departments: DepartmentPlan[] = [];
  for (const area of areas) {
    const count = 1 + Math.floor(rng() * 4);
    const areaDwellings = Math.max(
      count,
      fixedDwellings(area.id) ?? Math.round((otherDwellings * area.weight) / otherWeight),
    );
    const sizes = Array.from({ length: count }, () => 0.5 + rng());
    const sizeSum = sizes.reduce((s, x) => s + x, 0);
    sizes.forEach((size, index) => {
      departments.push({
        id: `${area.id}-${index + 1}`,
        name: `${area.name} afd. ${index + 1}`,
        area,
        dwellings: Math.max(1, Math.round((areaDwellings * size) / sizeSum)),
        seed: Math.floor(rng() * 4_294_967_296),
      });
    });
  }
  return { areas, departments };
}

/** What runs from one department to the next: the counters behind the identifiers and the roundings. */
interface CityState {
  persons: number;
  /** Persons living in the city on 1 January of the first year so far. */
  initial: number;
  households: number;
  /** Per year and area type: the target count of persons outside so far, and its rounding. */
  readonly carried: Map<string, { target: number; rounded: number }>;
}

interface Calendar {
  readonly fromYear: number;
  readonly toYear: number;
  /** The first day of each month, by year − fromYear: milliseconds and ISO date. */
  readonly months: readonly (readonly { readonly ms: number; readonly iso: string }[])[];
  /** `iso` of a day, remembered: the days of moves repeat (some thousands over the period). */
  readonly day: (ms: number) => string;
}

function calendar(fromYear: number, toYear: number): Calendar {
  const months = [];
  for (let year = fromYear; year <= toYear; year++)
    months.push(
      Array.from({ length: 12 }, (_, month) => {
        const ms = Date.UTC(year, month, 1);
        return { ms, iso: iso(ms) };
      }),
    );
  const days = new Map<number, string>();
  const day = (ms: number): string => {
    let text = days.get(ms);
    if (text === undefined) {
      text = iso(ms);
      days.set(ms, text);
    }
    return text;
  };
  return { fromYear, toYear, months, day };
}

/**
 * One department's rows, from its own random sequence: its dwellings, the households living in
 * them on 1 January of the first year (until the city has `persons`), the moves year by year,
 * who is outside the labour market, and each resident's residence, benefit months and years.
 */
function* synthesiseDepartment(
  department: DepartmentPlan,
  persons: number,
  cal: Calendar,
  city: CityState,
): Generator<SynthChunk, void, undefined> {
  const { fromYear, toYear } = cal;
  const { type, id: areaId } = department.area;
  const rng = seededRandom(department.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const lines: Record<DepartmentFile, string[]> = {
    "dwellings.csv": [],
    "households.csv": [],
    "persons.csv": [],
    "residences.csv": [],
    "benefits.csv": [],
    "person_years.csv": [],
  };
  /** Hands the lines so far out: short-lived strings are cheap to collect, a department's worth is not. */
  const flush = function* (): Generator<SynthChunk, void, undefined> {
    for (const [file, rows] of Object.entries(lines) as [DepartmentFile, string[]][])
      if (rows.length > 0) {
        yield { file, text: `${rows.join("\n")}\n` };
        rows.length = 0;
      }
  };
  const dwellingIds: string[] = [];
  for (let n = 1; n <= department.dwellings; n++) {
    const id = `${department.id}-${String(n).padStart(4, "0")}`;
    dwellingIds.push(id);
    lines["dwellings.csv"].push(`${id},${department.id}`);
  }
  const spells: Spell[] = [];
  const occupants: Spell[][] = [];
  const start = Date.UTC(fromYear, 0, 1);

  const newPerson = (birthYear: number, origin: string, countryGroup: string): Person => {
    city.persons++;
    const id = `P${String(city.persons).padStart(7, "0")}`;
    const birthMonth = 1 + Math.floor(rng() * 12);
    const sex = rng() < 0.5 ? "m" : "k";
    lines["persons.csv"].push(
      `${id},${birthYear},${birthMonth},${sex},${origin},${countryGroup},${pick(parentStatuses)}`,
    );
    const c = rng();
    const code =
      c < 0.25
        ? "foertidspension"
        : c < 0.7
          ? "kontanthjaelp"
          : c < 0.85
            ? "arbejdsloeshedsdagpenge"
            : c < 0.93
              ? "sygedagpenge"
              : origin === "indvandrer"
                ? "introduktionsydelse"
                : "kontanthjaelp";
    return {
      id,
      birthYear,
      birthMonth,
      u: rng(),
      code,
      education: pick(educations),
      crime: (sex === "m" ? 0.05 : 0.015) * (origin === "dansk" ? 1 : 1.6),
      ranked: 0,
      outside: 0,
    };
  };

  /** A household moves into a dwelling on day `from` (of `size` persons, else drawn); returns its size. */
  const moveIn = (dwelling: number, from: number, size?: number): number => {
    city.households++;
    const household = `H${String(city.households).padStart(7, "0")}`;
    lines["households.csv"].push(household);
    const nonDanish = rng() < nonDanishShare[type];
    const countryGroup = nonDanish ? (rng() < 0.8 ? "ikke_vestlig" : "vestlig") : "";
    const drawnAdults = rng() < 0.45 ? 1 : 2;
    const r = rng();
    const drawnChildren = r < 0.5 ? 0 : r < 0.7 ? 1 : r < 0.88 ? 2 : 3;
    // A dwelling fits a household of its size: a re-let keeps the residents a department has.
    const adults = size === undefined ? drawnAdults : Math.min(2, size);
    const children = size === undefined ? drawnChildren : size - adults;
    const yearOfMove = new Date(from).getUTCFullYear();
    const members: Person[] = [];
    for (let i = 0; i < adults; i++)
      members.push(
        newPerson(yearOfMove - 20 - Math.floor(rng() * 40), nonDanish ? "indvandrer" : "dansk", countryGroup),
      );
    for (let i = 0; i < children; i++)
      members.push(
        newPerson(
          yearOfMove - Math.floor(rng() * 18),
          nonDanish ? (rng() < 0.6 ? "efterkommer" : "indvandrer") : "dansk",
          countryGroup,
        ),
      );
    const list: Spell[] = members.map((person) => ({ person, dwelling, household, from, to: null }));
    spells.push(...list);
    occupants[dwelling] = list;
    return members.length;
  };

  // The population on 1 January of the first year, moved in over the preceding years, until the
  // city has its `persons` (the dwellings of the last departments are then let in later years).
  for (let dwelling = 0; dwelling < department.dwellings; dwelling++) {
    if (city.initial >= persons) break;
    city.initial += moveIn(dwelling, start - DAY * (1 + Math.floor(rng() * 365 * 12)));
  }

  // Each year: whole households move out (fully vacated, re-let within two months), single
  // adults move out (not fully vacated), empty dwellings are let.
  for (let year = fromYear; year <= toYear; year++) {
    const yearStart = Date.UTC(year, 0, 1);
    const days = (Date.UTC(year + 1, 0, 1) - yearStart) / DAY;
    for (let dwelling = 0; dwelling < department.dwellings; dwelling++) {
      const current = (occupants[dwelling] ?? []).filter((s) => s.to === null);
      const day = yearStart + DAY * Math.floor(rng() * (days - 70));
      if (current.length === 0) {
        if (rng() < 0.6) moveIn(dwelling, day);
      } else if (rng() < 0.07) {
        for (const spell of current) spell.to = day;
        moveIn(dwelling, day + DAY * (1 + Math.floor(rng() * 60)), current.length);
      } else if (current.length > 1 && rng() < 0.04) {
        const leaving = current.find((s) => year - s.person.birthYear >= 18);
        if (leaving) leaving.to = day;
      }
    }
  }

  // Who is outside the labour market: per year, the department's residents 18–64 on the
  // reference day ranked by u, the first round(target × n) of them; others by u < target.
  // Rounded cumulatively over the departments of each area type: a department is within one
  // person of its target and the type's total within one of its sum, even in a small city.
  for (let year = fromYear; year <= toYear; year++) {
    const day = Date.UTC(year, 0, 1);
    const ranked = spells
      .filter((s) => s.from <= day && (s.to === null || s.to > day))
      .map((s) => s.person)
      .filter((person) => {
        const age = ageOnReferenceDay(person, year);
        return age >= 18 && age <= 64;
      });
    if (ranked.length === 0) continue;
    ranked.sort((a, b) => a.u - b.u || a.id.localeCompare(b.id));
    const key = `${year}:${type}`;
    const sums = city.carried.get(key) ?? { target: 0, rounded: 0 };
    const target = sums.target + outsideTarget(areaId, type, year) * ranked.length;
    const outside = Math.round(target) - sums.rounded;
    city.carried.set(key, { target, rounded: Math.round(target) });
    const bit = 1 << (year - fromYear);
    ranked.forEach((person, rank) => {
      person.ranked |= bit;
      if (rank < outside) person.outside |= bit;
    });
  }

  yield* flush();

  // Residences, and per person and year: benefits (by month) and status.
  const lastDay = Date.UTC(toYear, 11, 31);
  for (const spell of spells) {
    const { person } = spell;
    lines["residences.csv"].push(
      `${person.id},${dwellingIds[spell.dwelling]},${spell.household},${cal.day(spell.from)},${spell.to === null ? "" : cal.day(spell.to)}`,
    );
    const end = spell.to ?? lastDay + DAY;
    for (let year = fromYear; year <= toYear; year++) {
      const age = ageOnReferenceDay(person, year);
      const months: string[] = [];
      for (const first of cal.months[year - fromYear] ?? [])
        if (first.ms >= spell.from && first.ms < end) months.push(first.iso);
      if (months.length === 0 || age < 15) continue;
      const bit = 1 << (year - fromYear);
      let code: string | undefined;
      if (age >= 65) code = "folkepension";
      else if (
        age >= 18 &&
        ((person.ranked & bit) !== 0
          ? (person.outside & bit) !== 0
          : person.u < outsideTarget(areaId, type, year))
      )
        code = age < 40 && person.code === "foertidspension" ? "kontanthjaelp" : person.code;
      if (code !== undefined)
        for (const month of months) lines["benefits.csv"].push(`${person.id},${month},${code}`);
      const onTransfer = code !== undefined && code !== "folkepension";
      const status =
        age >= 65
          ? "pensionist"
          : onTransfer
            ? code === "arbejdsloeshedsdagpenge"
              ? "ledig"
              : "uden_for_arbejdsstyrken"
            : age < 25 && rng() < 0.5
              ? "under_uddannelse"
              : "beskaeftiget";
      const fte = onTransfer ? months.length / 12 : age >= 65 ? 1 : 0;
      const income = onTransfer
        ? 110_000 + Math.floor(rng() * 70_000)
        : age < 18
          ? Math.floor(rng() * 30_000)
          : 200_000 + Math.floor(rng() * 350_000);
      const convicted = age >= 15 && rng() < person.crime * (age < 30 ? 2 : 1) ? 1 : 0;
      const charged = convicted + (rng() < person.crime / 2 ? 1 : 0);
      lines["person_years.csv"].push(
        `${person.id},${year},${status},${fte.toFixed(4)},${age < 30 && person.education.includes("videre") ? "gymnasial" : person.education},${income},${convicted},${charged}`,
      );
    }
    if (lines["benefits.csv"].length + lines["person_years.csv"].length >= FLUSH_LINES) yield* flush();
  }
  yield* flush();
}

/** Lines held before they are handed out (a few hundred kilobytes). */
const FLUSH_LINES = 8_192;

/** The files written department by department; the others are written whole before the first department. */
type DepartmentFile =
  | "dwellings.csv"
  | "households.csv"
  | "persons.csv"
  | "residences.csv"
  | "benefits.csv"
  | "person_years.csv";

const MAX_YEARS = 31;

/**
 * The synthetic population as a stream of file pieces: every file's header, then the areas,
 * their types per year and the departments, then department by department its rows in every
 * file. Each department draws from its own random sequence (seeded from the city's), so only one
 * department's persons are held at a time: memory does not grow with `persons`. Pure and
 * deterministic: the same options give the same pieces in the same order.
 */
export function* synthesiseRows(options: SynthOptions): Generator<SynthChunk, SynthSummary, undefined> {
  const fromYear = options.fromYear ?? 2006;
  const toYear = options.toYear ?? 2012;
  if (!Number.isInteger(options.persons) || options.persons < 1) throw new RangeError("persons ≥ 1");
  if (!(Number.isInteger(fromYear) && Number.isInteger(toYear) && fromYear <= toYear))
    throw new RangeError("fromYear ≤ toYear");
  if (toYear - fromYear + 1 > MAX_YEARS) throw new RangeError(`at most ${MAX_YEARS} years`);
  const { areas, departments } = planCity(options.persons, seededRandom(options.seed));
  for (const [file, columns] of Object.entries(registerFiles) as [RegisterFileName, readonly string[]][])
    yield { file, text: `${columns.join(",")}\n` };
  yield { file: "areas.csv", text: areas.map((a) => `${a.id},${a.name}\n`).join("") };
  const areaYears: string[] = [];
  for (const area of areas)
    for (let year = fromYear; year <= toYear; year++) areaYears.push(`${area.id},${year},${area.type}\n`);
  yield { file: "area_years.csv", text: areaYears.join("") };
  yield {
    file: "departments.csv",
    text: departments.map((d) => `${d.id},${d.area.id},${d.name}\n`).join(""),
  };
  const cal = calendar(fromYear, toYear);
  const city: CityState = { persons: 0, initial: 0, households: 0, carried: new Map() };
  for (const department of departments) {
    yield* synthesiseDepartment(department, options.persons, cal, city);
  }
  return {
    persons: city.persons,
    households: city.households,
    areas: areas.length,
    departments: departments.length,
  };
}

/** The whole population in memory, file by file (tests and the demo's small city; `udsyn synth` streams). */
export function synthesiseRegister(options: SynthOptions): SynthFiles {
  const texts = Object.fromEntries(
    Object.keys(registerFiles).map((file) => [file, [] as string[]]),
  ) as Record<RegisterFileName, string[]>;
  for (const chunk of synthesiseRows(options)) texts[chunk.file].push(chunk.text);
  return Object.fromEntries(
    Object.entries(texts).map(([file, parts]) => [file, parts.join("")]),
  ) as SynthFiles;
}
