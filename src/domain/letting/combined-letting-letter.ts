import { formatDate } from "../format.ts";
import type { LegalSource } from "../law/parameter.ts";
import type { ParameterUse } from "../law/value-on.ts";
import { benefitLabel, benefitList } from "./benefit-labels.ts";
import { type PersonBenefitAssessment, runText } from "./benefit-run.ts";
import { danishCalendarMonth, monthOfDate, parseCalendarMonth } from "./calendar-month.ts";
import type { CombinedLettingApplication, HouseholdPerson } from "./combined-letting-application.ts";
import type { CombinedLettingFacts, CombinedLettingResult } from "./combined-letting-facts.ts";
import type { Justification } from "./justification.ts";
import { legalBasisSentence, renderLetter } from "./letter.ts";

export interface LetterInput {
  readonly application: CombinedLettingApplication;
  readonly result: CombinedLettingResult;
  readonly replacementOffer: boolean;
  readonly ruleVersion: { readonly id: string; readonly name: string; readonly source: LegalSource };
  readonly parametersUsed: readonly ParameterUse[];
  readonly facts: CombinedLettingFacts;
}

/**
 * Who reads the text: the case record (the caseworker, with pseudonyms, ids and caveats) or the
 * citizen (the letter: Danish words only, no internal identifier).
 */
export type Voice = "record" | "citizen";

function roleName(role: PersonBenefitAssessment["role"], facts: CombinedLettingFacts): string {
  if (role === "applicant") return "Ansøgeren";
  return facts.spouse?.relation === "cohabitant" ? "Samleveren" : "Ægtefællen";
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The benefits received in the months of a person's current run, for the facts line. */
function runBenefits(person: HouseholdPerson, assessment: PersonBenefitAssessment): string {
  const run = assessment.currentRun;
  if (!run) return "";
  const [from, to] = [parseCalendarMonth(run.firstMonth) ?? 0, parseCalendarMonth(run.lastMonth) ?? 0];
  const codes = new Set(
    person.benefitMonths
      .filter((m) => (parseCalendarMonth(m.month) ?? -1) >= from && (parseCalendarMonth(m.month) ?? -1) <= to)
      .map((m) => m.benefit),
  );
  return [...codes].map(benefitLabel).join(" og ");
}

function personFact(
  person: HouseholdPerson,
  assessment: PersonBenefitAssessment,
  facts: CombinedLettingFacts,
  voice: Voice,
): string {
  const role = roleName(assessment.role, facts);
  const who = voice === "record" ? `${role} (${assessment.pseudonym})` : role;
  const others =
    assessment.otherMonths.length > 0
      ? ` ${plural(assessment.otherMonths.length, "måned", "måneder")} med andre ydelser tæller ikke med.`
      : "";
  if (assessment.receivedWithoutRun) {
    const m = assessment.receivedWithoutRun;
    return `${who}: ${benefitLabel(m.benefit)} i ansøgningsmåneden (${danishCalendarMonth(parseCalendarMonth(m.month) ?? 0)}).${others}`;
  }
  if (!assessment.currentRun) {
    const latest = assessment.latestRun;
    const past = latest
      ? ` Seneste løb: ${plural(latest.length, "måned", "måneder")}, ${runText(latest)}.`
      : "";
    return `${who}: ingen af de nævnte ydelser i ansøgningsmåneden.${past}${others}`;
  }
  const run = assessment.currentRun;
  return `${who}: ${runBenefits(person, assessment)} i ${plural(run.length, "sammenhængende kalendermåned", "sammenhængende kalendermåneder")}, ${runText(run)}.${others}`;
}

/**
 * The list reference as a citizen reads it: udsyn's own reference names the rule version and
 * says how it was computed; the letter keeps only the list and its date.
 */
export function citizenListReference(reference: string): string {
  return reference
    .replace(/ \([^()]*\b[a-z]+(?:-[a-z0-9]+)+\b[^()]*\)/g, "")
    .replace(/, beregnet af udsyn[^;]*$/, "");
}

function areaWords(facts: CombinedLettingFacts, voice: Voice): string {
  return facts.designation.areaName ?? (voice === "record" ? facts.areaId : "området");
}

function factsLines(input: LetterInput, voice: Voice): string[] {
  const { application, facts } = input;
  const d = facts.designation;
  const list = voice === "record" ? d.listReference : citizenListReference(d.listReference);
  const dwelling = application.dwelling
    ? `, ${[
        voice === "record" &&
          application.dwelling.departmentId &&
          `afdeling ${application.dwelling.departmentId}`,
        application.dwelling.dwellingId && `bolig ${application.dwelling.dwellingId}`,
        application.dwelling.address,
      ]
        .filter(Boolean)
        .join(", ")}`
    : "";
  const lines = [
    `Ansøgningsdato: ${formatDate(facts.applicationDate)}.`,
    `Område: ${areaWords(facts, voice)}${dwelling}; ${d.designated ? `udpeget til kombineret udlejning (${list}${d.designatedSince ? `, udpeget fra ${formatDate(d.designatedSince)}` : ""})` : `ikke udpeget til kombineret udlejning på ansøgningsdatoen (${list})`}.`,
  ];
  if (facts.alreadyResidentInDepartment) lines.push("Ansøgeren bor allerede i afdelingen.");
  const people: [HouseholdPerson | undefined, PersonBenefitAssessment | undefined][] = [
    [application.household.applicant, facts.persons.find((p) => p.role === "applicant")],
    [application.household.spouse, facts.persons.find((p) => p.role === "spouse")],
  ];
  for (const [person, assessment] of people)
    if (person && assessment) lines.push(personFact(person, assessment, facts, voice));
  if (facts.spouse?.relation === "married")
    lines.push("Ansøgeren er gift; ægtefællens måneder opgøres for sig.");
  if (facts.spouse?.relation === "cohabitant" && facts.spouse.cohabitingSinceDate) {
    lines.push(
      `Ansøgeren har boet sammen med sin samlever siden ${formatDate(facts.spouse.cohabitingSinceDate)}.`,
    );
  }
  const wl = application.waitingList;
  lines.push(
    `Venteliste: ${wl.topOfList ? "øverst på ventelisten" : "ikke øverst på ventelisten"}${wl.position ? ` (nr. ${wl.position})` : ""}; skrevet op ${formatDate(wl.registeredDate)}.`,
  );
  return lines;
}

function assessmentReasoning(input: LetterInput, voice: Voice): string[] {
  const { facts } = input;
  const n = facts.requiredMonths ?? 0;
  const applicationMonth = danishCalendarMonth(monthOfDate(facts.applicationDate));
  const lines = [
    `Kommunen kan afvise en boligsøgende, der ikke allerede bor i afdelingen, når ansøgeren og en eventuel ægtefælle har modtaget ${benefitList(facts.countedBenefits)} i ${n} sammenhængende kalendermåneder (almenboligloven § 51 b, stk. 1). Månederne opgøres for hver person for sig (stk. 2), og en måned uden en af ydelserne afbryder løbet.`,
    facts.receiptInApplicationMonth === false
      ? "Et løb tæller, selv om det er afsluttet før ansøgningsmåneden."
      : `Afvisning kan kun ske, mens ydelsen modtages (stk. 1, 3. pkt.): løbet skal nå ind i selve ansøgningsmåneden (${applicationMonth}). Et løb, der sluttede før ansøgningsmåneden, begrunder ikke afvisning.`,
  ];
  const receiptOnly = facts.receiptOnlyBenefits ?? [];
  if (receiptOnly.length > 0) {
    lines.push(
      `Kommunalbestyrelsen har besluttet, at også boligsøgende, der modtager ${benefitList(receiptOnly)}, kan afvises (stk. 1, 2. pkt.). Loven nævner modtagere af ${benefitList(receiptOnly)} uden krav om ${n} måneder: det er nok, at ydelsen modtages i ansøgningsmåneden.`,
    );
  }
  const spouse = facts.spouse;
  for (const person of facts.persons) {
    if (person.role === "spouse" && !spouse?.countsAsSpouse) continue;
    const run = person.currentRun;
    if (person.receivedWithoutRun) {
      lines.push(
        `${roleName(person.role, facts)} modtager ${benefitLabel(person.receivedWithoutRun.benefit)} i ansøgningsmåneden og opfylder kravet.`,
      );
      continue;
    }
    lines.push(
      run
        ? `${roleName(person.role, facts)} har modtaget en af ydelserne i ${plural(run.length, "sammenhængende kalendermåned", "sammenhængende kalendermåneder")} (${runText(run)}) og ${person.meetsRequirement ? "opfylder" : "opfylder ikke"} kravet om ${n} måneder.`
        : `${roleName(person.role, facts)} ${facts.receiptInApplicationMonth === false ? "har ikke modtaget en af ydelserne" : "modtager ikke en af ydelserne i ansøgningsmåneden"} og opfylder ikke kravet om ${n} måneder.`,
    );
  }
  if (spouse?.relation === "cohabitant" && !spouse.countsAsSpouse) {
    lines.push(
      "Samlivet har varet under 2 år, så samleveren ligestilles ikke med en ægtefælle, og samleverens ydelser indgår ikke.",
    );
  }
  if (spouse?.countsAsSpouse && voice === "citizen") {
    lines.push(
      facts.bothOrEither === "both"
        ? 'Kommunen forstår "ansøgeren og dennes ægtefælle" sådan, at I begge skal opfylde kravet.'
        : 'Kommunen forstår "ansøgeren og dennes ægtefælle" sådan, at det er nok, at én af jer opfylder kravet.',
    );
  } else if (spouse?.countsAsSpouse) {
    lines.push(
      facts.bothOrEither === "both"
        ? '"Ansøgeren og dennes ægtefælle" er læst sådan, at begge skal opfylde kravet. Læsningen er udsyns standard og ikke endeligt efterprøvet.'
        : '"Ansøgeren og dennes ægtefælle" er læst sådan, at det er nok, at én af dem opfylder kravet. Læsningen er ikke endeligt efterprøvet.',
    );
  }
  lines.push(
    input.result === "rejected"
      ? "Betingelserne for afvisning er opfyldt, og ansøgningen afvises."
      : "Betingelserne for afvisning er ikke opfyldt, og ansøgningen godkendes.",
  );
  return lines;
}

function replacementReasoning(input: LetterInput): string[] {
  const { facts, application, replacementOffer } = input;
  const start = facts.schemeInForceInArea ? formatDate(facts.schemeInForceInArea) : "(ukendt)";
  const registered = formatDate(application.waitingList.registeredDate);
  if (replacementOffer) {
    return [
      `Du stod øverst på ventelisten og blev skrevet op den ${registered}, før ordningen trådte i kraft i området den ${start}. Kommunen tilbyder dig derfor en erstatningsbolig i et område, der ikke er udpeget til kombineret udlejning. Du hører nærmere om tilbuddet.`,
    ];
  }
  const why = !application.waitingList.topOfList
    ? "du ikke stod øverst på ventelisten"
    : `du blev skrevet op den ${registered}, som ikke er før ordningen trådte i kraft i området den ${start}`;
  return [
    `Kommunen tilbyder erstatningsbolig til afviste ansøgere, der stod øverst på ventelisten og var skrevet op, før ordningen trådte i kraft. Du får ikke tilbud om erstatningsbolig, fordi ${why}.`,
  ];
}

/** The parts of the letter that depend on the decision: its sentence, reasoning and facts. */
export function combinedLettingBody(
  input: LetterInput,
  voice: Voice,
): { decision: string; reasoning: string[]; replacement: string[]; facts: string[] } {
  const { result, facts } = input;
  const reasoning =
    result === "not_applicable"
      ? facts.notCoveredReason === "before_scheme_start"
        ? [
            `Kommunens ordning med kombineret udlejning gælder i området fra den ${formatDate(facts.schemeInForceInArea ?? facts.applicationDate)} (den senere af dagen, kommunen indførte ordningen, og dagen, området blev udpeget). Ansøgningen er dateret den ${formatDate(facts.applicationDate)}, før ordningen gjaldt i området, så den er ikke omfattet, uanset hvilke ydelser der er modtaget, og udlejningen kræver ikke kommunens godkendelse efter § 51 b.`,
          ]
        : [
            `Reglerne om kombineret udlejning gælder kun i områder, der er udpeget på ansøgningsdatoen. Området er ikke udpeget (${voice === "record" ? facts.designation.listReference : citizenListReference(facts.designation.listReference)}), så udlejningen kræver ikke kommunens godkendelse efter § 51 b.`,
          ]
      : facts.alreadyResidentInDepartment
        ? [
            "Kombineret udlejning omfatter kun boligsøgende, der ikke allerede bor i afdelingen (almenboligloven § 51 b, stk. 1). Du bor allerede i afdelingen, og ansøgningen godkendes.",
          ]
        : assessmentReasoning(input, voice);
  const replacement = result === "rejected" ? replacementReasoning(input) : [];
  const decision = {
    rejected: "Kommunen afviser, at du kan få anvist boligen, efter reglerne om kombineret udlejning.",
    approved: "Kommunen godkender, at du kan få anvist boligen.",
    not_applicable:
      "Ansøgningen er ikke omfattet af reglerne om kombineret udlejning, og kommunen skal ikke godkende udlejningen.",
  }[result];
  return { decision, reasoning, replacement, facts: factsLines(input, voice) };
}

export function combinedLettingJustification(input: LetterInput): Justification {
  const { facts, ruleVersion } = input;
  const legalBasis = legalBasisSentence(ruleVersion);
  const { decision, reasoning, replacement, facts: facts_ } = combinedLettingBody(input, "record");
  const text = renderLetter({
    title: "Afgørelse om kombineret udlejning",
    header: [
      ["Ansøger", input.application.household.applicant.pseudonym],
      ["Ansøgningsdato", formatDate(facts.applicationDate)],
      ["Område", facts.designation.areaName ?? facts.areaId],
    ],
    decision,
    reasoning,
    facts: facts_,
    legalBasis,
    ruleVersion,
    parametersUsed: input.parametersUsed,
    ...(replacement.length > 0 ? { extra: [{ title: "Erstatningsbolig", lines: replacement }] } : {}),
  });
  return { legalBasis, facts: facts_, reasoning: [...reasoning, ...replacement], text };
}
