import { DomainError } from "../../errors.ts";
import { formatKroner } from "../../format.ts";
import type { IsoDate } from "../../law/iso-date.ts";
import { combinedLettingBody } from "../combined-letting-letter.ts";
import type { CombinedLettingDecision } from "../decide-combined-letting.ts";
import type { LettingDecisionKind } from "../decision-kind.ts";
import type { RelocationGrantDecision } from "../relocation-grant.ts";
import { combinedLettingEnglish, type LetterBody, relocationGrantEnglish } from "./english-bodies.ts";
import { legalBasisWords } from "./legal-basis-words.ts";
import type { LetterLanguage, LetterSettings } from "./letter-settings.ts";
import { letterWords } from "./letter-texts.ts";

/**
 * A decision letter that can be sent (forvaltningsloven §§ 22-25): sender, recipient, date,
 * journal number, the decision, the reasons with the rules in words and the facts relied on,
 * the consultation (§ 19) where the law requires it, the complaint guidance and a signature.
 * Everything a citizen reads is words: rule versions, area ids and codes stay in the record.
 */
export interface SendableLetter {
  readonly language: LetterLanguage;
  readonly title: string;
  readonly sender: readonly string[];
  readonly recipient: readonly string[];
  readonly meta: readonly { readonly label: string; readonly value: string }[];
  readonly sections: readonly LetterSection[];
  readonly closing: readonly string[];
  /** Repeated at the foot of every page, with the page number. */
  readonly footer: string;
}

export interface LetterSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly items?: readonly string[];
}

/** Partshøring as the caseworker recorded it with the decision. */
export interface HearingRecord {
  readonly sentOn: IsoDate;
  readonly answerBy: IsoDate;
  readonly answeredOn?: IsoDate | undefined;
  readonly comments?: string | undefined;
}

export interface Supersession {
  readonly kind: "annulment" | "correction";
  readonly decisionId: number;
  readonly decidedOn: IsoDate;
  readonly reason: string;
}

/** A stored decision as far as its letter needs it. */
export type LetterDecision =
  | { readonly kind: "combined_letting"; readonly decision: CombinedLettingDecision }
  | { readonly kind: "relocation_grant"; readonly decision: RelocationGrantDecision }
  | { readonly kind: "annulment"; readonly of: LettingDecisionKind; readonly ruleVersionId: string };

export interface LetterRequest {
  readonly language: LetterLanguage;
  readonly recipient: { readonly name: string; readonly address: readonly string[] };
  readonly date: IsoDate;
  /** Null in a preview: the number is given when the decision is made. */
  readonly decisionId: number | null;
  readonly journalNumber?: string | undefined;
  readonly hearing?: HearingRecord | undefined;
  readonly supersedes?: Supersession | undefined;
  /** The area's name for an area id (the letter never shows the id). */
  readonly areaName: (areaId: string) => string | undefined;
}

/**
 * Forvaltningsloven § 19: consultation before a decision against the party that rests on facts
 * the party has not given. A combined-letting refusal rests on benefit months from the
 * municipality's registers; a refused relocation grant rests on the household's own application
 * (§ 19, stk. 2, nr. 1), so it needs none.
 */
export function hearingRequired(kind: LettingDecisionKind, result: string): boolean {
  return kind === "combined_letting" && result === "rejected";
}

const relocationDa: Readonly<Record<string, readonly [string, string]>> = {
  transfer_income: [
    "Husstanden lever af overførselsindkomst.",
    "Husstanden lever ikke af overførselsindkomst.",
  ],
  moves_out_of_vulnerable_area: [
    "Husstanden fraflytter et udsat boligområde ({area}).",
    "Området, husstanden fraflytter ({area}), er ikke et udsat boligområde.",
  ],
  new_dwelling_in_municipality: [
    "Husstanden flytter til en ny bolig i kommunen.",
    "Husstanden flytter ikke til en ny bolig i kommunen.",
  ],
  not_into_vulnerable_area: [
    "Den nye bolig ligger uden for de udsatte boligområder.",
    "Den nye bolig ligger i et udsat boligområde.",
  ],
};

function relocationGrantDanish(decision: RelocationGrantDecision, areaName: string): LetterBody {
  const granted = decision.result === "granted";
  const refusedText = decision.justification.reasoning.at(-1) ?? "";
  return {
    title: "Afgørelse om flyttetilskud",
    decision: granted
      ? `Du får et flyttetilskud på ${formatKroner(decision.amount)}`
      : "Du får ikke flyttetilskud.",
    reasoning: [
      "Kommunen yder flyttetilskud til en husstand, der lever af overførselsindkomst, og som fraflytter et udsat boligområde og flytter til en ny bolig i kommunen.",
      granted ? "Alle betingelser er opfyldt." : refusedText,
    ],
    facts: [
      `Ansøgningsdato: ${letterWords.da.formatDate(decision.input.application.applicationDate)}.`,
      ...decision.facts.conditions.map((c) =>
        (relocationDa[c.id]?.[c.met ? 0 : 1] ?? "").replace("{area}", areaName),
      ),
    ],
  };
}

function bodyOf(subject: LetterDecision, language: LetterLanguage, request: LetterRequest): LetterBody {
  const area = (id: string) => request.areaName(id) ?? (language === "da" ? "området" : "the area");
  if (subject.kind === "annulment") {
    return language === "da"
      ? {
          title: "Annullering af afgørelse",
          decision: "Kommunen annullerer den tidligere afgørelse. Den gælder ikke længere.",
          reasoning: request.supersedes ? [request.supersedes.reason] : [],
          facts: [],
        }
      : {
          title: "Annulment of decision",
          decision: "The municipality annuls the earlier decision. It no longer applies.",
          reasoning: request.supersedes ? [request.supersedes.reason] : [],
          facts: [],
        };
  }
  if (subject.kind === "relocation_grant") {
    const name = area(subject.decision.input.application.from.areaId);
    return language === "da"
      ? relocationGrantDanish(subject.decision, name)
      : relocationGrantEnglish(subject.decision);
  }
  const d = subject.decision;
  const name = d.facts.designation.areaName ?? area(d.facts.areaId);
  if (language === "en") return combinedLettingEnglish(d, name);
  const facts = { ...d.facts, designation: { ...d.facts.designation, areaName: name } };
  const body = combinedLettingBody(
    {
      application: d.input.application,
      result: d.result,
      replacementOffer: d.replacementOffer,
      ruleVersion: d.ruleVersion,
      parametersUsed: d.parametersUsed,
      facts,
    },
    "citizen",
  );
  return {
    title: "Afgørelse om kombineret udlejning",
    decision: body.decision,
    reasoning: body.reasoning,
    facts: body.facts,
    ...(body.replacement.length > 0
      ? { extra: { heading: "Erstatningsbolig", lines: body.replacement } }
      : {}),
  };
}

function kindAndResult(subject: LetterDecision): {
  kind: LettingDecisionKind;
  result: string;
  ruleVersionId: string;
} {
  if (subject.kind === "annulment")
    return { kind: subject.of, result: "annulled", ruleVersionId: subject.ruleVersionId };
  return {
    kind: subject.kind,
    result: subject.decision.result,
    ruleVersionId: subject.decision.ruleVersion.id,
  };
}

export function composeLetter(
  subject: LetterDecision,
  request: LetterRequest,
  settings: LetterSettings,
): SendableLetter {
  const { language } = request;
  const w = letterWords[language];
  const { kind, result, ruleVersionId } = kindAndResult(subject);
  const basis = legalBasisWords[ruleVersionId]?.[language];
  if (basis === undefined)
    throw new DomainError(
      "invalid_input",
      {
        da: `Regelversionen har ingen tekst til brevet: ${ruleVersionId}`,
        en: `The rule version has no text for the letter: ${ruleVersionId}`,
      },
      [{ field: "ruleVersion", message: "mangler i legal-basis-words", en: "missing in legal-basis-words" }],
    );
  if (hearingRequired(kind, result) && request.hearing === undefined)
    throw new DomainError(
      "conflict",
      {
        da: "Afgørelsen går ansøgeren imod og bygger på oplysninger, ansøgeren ikke selv har givet: partshøringen (forvaltningsloven § 19) skal være registreret på afgørelsen, før brevet kan sendes.",
        en: "The decision goes against the applicant and relies on information the applicant did not give: the consultation of the party (Public Administration Act § 19) must be recorded on the decision before the letter can be sent.",
      },
      [{ field: "hearing", message: "partshøring mangler", en: "consultation of the party missing" }],
    );
  const body = bodyOf(subject, language, request);
  const { sender, signature } = settings;
  const sections: LetterSection[] = [];
  if (request.supersedes) {
    const s = request.supersedes;
    sections.push({
      heading: w.supersedes,
      paragraphs: [w.supersedesText(s.kind, s.decisionId, w.formatDate(s.decidedOn), s.reason)],
    });
  }
  sections.push({ heading: w.decision, paragraphs: [body.decision] });
  if (body.reasoning.length > 0) sections.push({ heading: w.reasoning, paragraphs: body.reasoning });
  if (body.facts.length > 0) sections.push({ heading: w.facts, paragraphs: [], items: body.facts });
  if (body.extra) sections.push({ heading: body.extra.heading, paragraphs: body.extra.lines });
  sections.push({ heading: w.rules, paragraphs: [w.decidedUnder(basis)] });
  if (request.hearing) {
    const h = request.hearing;
    sections.push({
      heading: w.hearing,
      paragraphs: [
        w.hearingText(w.formatDate(h.sentOn), w.formatDate(h.answerBy)),
        h.comments && h.answeredOn
          ? w.hearingAnswered(w.formatDate(h.answeredOn), h.comments)
          : w.hearingNoAnswer,
      ],
    });
  }
  sections.push({ heading: w.complaint, paragraphs: settings.complaints[kind].text[language] });
  sections.push({
    heading: w.contact,
    paragraphs: [
      w.contactText(sender.phone, sender.email),
      ...(sender.openingHours ? [sender.openingHours[language]] : []),
    ],
  });
  const reference = w.decisionNumber(request.decisionId);
  return {
    language,
    title: body.title,
    sender: [sender.municipality, sender.unit, ...sender.address, sender.phone, sender.email, sender.web],
    recipient: [request.recipient.name, ...request.recipient.address],
    meta: [
      { label: w.date, value: w.formatDate(request.date) },
      ...(request.journalNumber ? [{ label: w.journalNumber, value: request.journalNumber }] : []),
      { label: w.reference, value: reference },
    ],
    sections,
    closing: [w.regards, signature.name, signature.title[language], `${sender.municipality}, ${sender.unit}`],
    footer: `${sender.municipality} · ${reference}`,
  };
}

/** The letter as plain text (the web's preview, the tests' scan): every word a citizen reads. */
export function letterPlainText(letter: SendableLetter): string {
  return [
    letter.sender.join("\n"),
    letter.recipient.join("\n"),
    letter.meta.map((m) => `${m.label}: ${m.value}`).join("\n"),
    letter.title,
    ...letter.sections.map((s) =>
      [s.heading, ...s.paragraphs, ...(s.items ?? []).map((i) => `- ${i}`)].join("\n"),
    ),
    letter.closing.join("\n"),
    letter.footer,
  ].join("\n\n");
}
