import { formatKroner } from "../../format.ts";
import { formatCalendarMonth, parseCalendarMonth } from "../calendar-month.ts";
import type { CombinedLettingDecision } from "../decide-combined-letting.ts";
import type { RelocationGrantDecision } from "../relocation-grant.ts";
import { letterWords } from "./letter-texts.ts";

/**
 * The decision-dependent sentences of a letter in English, for a citizen who asks for English.
 * They say what the Danish builders say, from the same facts; the Danish text stays the record.
 */
export interface LetterBody {
  readonly title: string;
  readonly decision: string;
  readonly reasoning: readonly string[];
  readonly facts: readonly string[];
  readonly extra?: { readonly heading: string; readonly lines: readonly string[] };
}

const benefitNames: Readonly<Record<string, string>> = {
  kontanthjaelp: "cash benefit (kontanthjælp)",
  starthjaelp: "start benefit (starthjælp)",
  introduktionsydelse: "introduction benefit (introduktionsydelse)",
  uddannelseshjaelp: "education benefit (uddannelseshjælp)",
  integrationsydelse: "integration benefit (integrationsydelse)",
  selvforsoergelses_og_hjemrejseydelse:
    "self-support and return benefit (selvforsørgelses- og hjemrejseydelse)",
  overgangsydelse: "transition benefit (overgangsydelse)",
  foertidspension: "disability pension (førtidspension)",
  arbejdsloeshedsdagpenge: "unemployment benefit (arbejdsløshedsdagpenge)",
  sygedagpenge: "sickness benefit (sygedagpenge)",
  ressourceforloebsydelse: "resource course benefit (ressourceforløbsydelse)",
  folkepension: "old-age pension (folkepension)",
  su: "student grant (SU)",
  loen: "wages",
};

export function englishBenefit(code: string): string {
  return benefitNames[code] ?? "another income";
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

const date = letterWords.en.formatDate;
const month = (m: string) => date(`${formatCalendarMonth(parseCalendarMonth(m) ?? 0)}-01`).replace(/^1 /, "");

export function combinedLettingEnglish(decision: CombinedLettingDecision, areaName: string): LetterBody {
  const { facts, result, replacementOffer, input } = decision;
  const n = facts.requiredMonths ?? 6;
  const who = (role: "applicant" | "spouse") =>
    role === "applicant"
      ? "You"
      : facts.spouse?.relation === "cohabitant"
        ? "Your cohabitant"
        : "Your spouse";
  const personLines = facts.persons.map((p) => {
    if (p.receivedWithoutRun)
      return `${who(p.role)}: ${englishBenefit(p.receivedWithoutRun.benefit)} in the month of the application.`;
    const run = p.currentRun;
    return run
      ? `${who(p.role)}: a listed benefit in ${run.length} consecutive calendar months, ${month(run.firstMonth)} to ${month(run.lastMonth)}.`
      : `${who(p.role)}: no listed benefit in the month of the application.`;
  });
  const factLines = [
    `Date of application: ${date(facts.applicationDate)}.`,
    `Area: ${areaName}; ${facts.designation.designated ? "designated for combined letting" : "not designated for combined letting"} on the date of application.`,
    ...(facts.alreadyResidentInDepartment ? ["You already live in the housing department."] : []),
    ...personLines,
    `Waiting list: ${input.application.waitingList.topOfList ? "top of the waiting list" : "not at the top of the waiting list"}; registered on ${date(input.application.waitingList.registeredDate)}.`,
  ];
  const rule = `The municipality may refuse an applicant who does not already live in the housing department when the applicant and any spouse have received ${orList(facts.countedBenefits.map(englishBenefit))} for ${n} consecutive calendar months (section 51 b(1)). The months are counted for each person separately (section 51 b(2)), and a refusal requires that the benefit is received in the month of the application.`;
  const reasoning =
    result === "not_applicable"
      ? [
          facts.notCoveredReason === "before_scheme_start"
            ? `The municipality's combined letting scheme applies in the area from ${date(facts.schemeInForceInArea ?? facts.applicationDate)}. Your application is dated before that, so it is not covered.`
            : "The rules on combined letting apply only in areas designated on the date of application. The area is not designated, so the letting does not need the municipality's approval.",
        ]
      : facts.alreadyResidentInDepartment
        ? [
            "Combined letting only concerns applicants who do not already live in the housing department. You already live there, and the application is approved.",
          ]
        : [
            rule,
            ...facts.persons
              .filter((p) => p.role === "applicant" || facts.spouse?.countsAsSpouse)
              .map((p) => {
                const verb = p.role === "applicant" ? ["meet", "do not meet"] : ["meets", "does not meet"];
                return `${who(p.role)} ${p.meetsRequirement ? verb[0] : verb[1]} the requirement.`;
              }),
            result === "rejected"
              ? "The conditions for refusal are met, and the application is refused."
              : "The conditions for refusal are not met, and the application is approved.",
          ];
  const decisionText = {
    rejected: "The municipality refuses to let the dwelling to you under the rules on combined letting.",
    approved: "The municipality approves that the dwelling can be let to you.",
    not_applicable:
      "The application is not covered by the rules on combined letting, and the municipality does not need to approve the letting.",
  }[result];
  const extra =
    result === "rejected"
      ? {
          heading: "Replacement dwelling",
          lines: [
            replacementOffer
              ? "You were at the top of the waiting list and registered before the scheme came into force in the area. The municipality therefore offers you a replacement dwelling in an area that is not designated. You will hear more about the offer."
              : "The municipality offers a replacement dwelling to refused applicants who were at the top of the waiting list and registered before the scheme came into force. You do not meet these conditions, so you are not offered a replacement dwelling.",
          ],
        }
      : undefined;
  return {
    title: "Decision on combined letting",
    decision: decisionText,
    reasoning,
    facts: factLines,
    ...(extra ? { extra } : {}),
  };
}

const conditionWords: Readonly<Record<string, readonly [string, string]>> = {
  transfer_income: [
    "The household lives on transfer income.",
    "The household does not live on transfer income.",
  ],
  moves_out_of_vulnerable_area: [
    "The household moves out of a vulnerable housing area.",
    "The area the household moves out of is not a vulnerable housing area.",
  ],
  new_dwelling_in_municipality: [
    "The household moves to a new dwelling in the municipality.",
    "The household does not move to a new dwelling in the municipality.",
  ],
  not_into_vulnerable_area: [
    "The new dwelling is outside the vulnerable housing areas.",
    "The new dwelling is in a vulnerable housing area.",
  ],
};

export function relocationGrantEnglish(decision: RelocationGrantDecision): LetterBody {
  const granted = decision.result === "granted";
  const amount = formatKroner(decision.amount).replace(" kr.", " DKK").replace(/\./g, ",");
  return {
    title: "Decision on relocation grant",
    decision: granted
      ? `You are granted a relocation grant of ${amount}.`
      : "You are not granted a relocation grant.",
    reasoning: [
      "The municipality gives a relocation grant to a household that lives on transfer income, moves out of a vulnerable housing area and moves to a new dwelling in the municipality.",
      granted
        ? "All the conditions are met."
        : "Not all the conditions are met, so no relocation grant is given.",
    ],
    facts: [
      `Date of application: ${date(decision.input.application.applicationDate)}.`,
      ...decision.facts.conditions.map((c) => conditionWords[c.id]?.[c.met ? 0 : 1] ?? ""),
    ],
  };
}
