import { formatDate } from "../format.ts";
import { comparatorWords } from "../law/comparator.ts";
import type { LegalSource } from "../law/parameter.ts";
import type { ParameterUse } from "../law/value-on.ts";
import { benefitLabel } from "./benefit-labels.ts";

/** The shared layout of a decision letter; each decision supplies its own sections. */
export interface LetterContent {
  readonly title: string;
  readonly header: readonly (readonly [string, string])[];
  readonly decision: string;
  readonly reasoning: readonly string[];
  readonly facts: readonly string[];
  readonly legalBasis: string;
  readonly ruleVersion: { readonly id: string; readonly name: string };
  readonly parametersUsed: readonly ParameterUse[];
  readonly extra?: readonly { readonly title: string; readonly lines: readonly string[] }[];
}

export function sourceShort(source: LegalSource): string {
  return [
    source.section ?? source.act,
    source.bill,
    source.section || source.act ? undefined : source.document,
  ]
    .filter((s): s is string => s !== undefined)
    .join(", ");
}

/** Codes in list and choice values, written for a citizen. */
const choiceWords: Readonly<Record<string, string>> = {
  both: "begge",
  either: "mindst én af dem",
  samlet: "samlet",
  aarlig: "årlig",
};

function displayOf(use: ParameterUse): string {
  if (use.unit === "list" && Array.isArray(use.value))
    return use.value.length === 0 ? "ingen" : (use.value as string[]).map(benefitLabel).join(", ");
  if (use.unit === "choice" && typeof use.value === "string") return choiceWords[use.value] ?? use.value;
  return use.display;
}

/** "almenboligloven § 51 b, stk. 1-2 (lov nr. 328 af 18. maj 2005, L 32 (2004-05))" */
export function legalBasisText(source: LegalSource): string {
  const origin = [source.act, source.bill].filter((s): s is string => s !== undefined).join(", ");
  const head = source.section ?? source.document ?? source.act ?? "";
  return origin === "" || head === source.act ? head : `${head} (${origin})`;
}

function parameterLine(use: ParameterUse): string {
  const value = use.comparator ? `${comparatorWords[use.comparator]} ${displayOf(use)}` : displayOf(use);
  const caveat = use.verify ? "; ikke endeligt efterprøvet" : "";
  return `- ${use.description}: ${value} (${sourceShort(use.source)}; gælder fra ${formatDate(use.effectiveFrom)}${caveat})`;
}

export function renderLetter(content: LetterContent): string {
  const bullet = (lines: readonly string[]) => lines.map((l) => `- ${l}`);
  const blocks = [
    [content.title, ...content.header.map(([label, value]) => `${label}: ${value}`)],
    ["Afgørelse", content.decision],
    ["Begrundelse", ...content.reasoning],
    ["Oplysninger, vi har lagt vægt på", ...bullet(content.facts)],
    ...(content.extra ?? []).map((e) => [e.title, ...e.lines]),
    [
      "Regler",
      content.legalBasis,
      `Regelversion: ${content.ruleVersion.id} (${content.ruleVersion.name}).`,
      ...(content.parametersUsed.length > 0
        ? ["Anvendte værdier:", ...content.parametersUsed.map(parameterLine)]
        : []),
    ],
    ["Har du spørgsmål til afgørelsen, eller er en af oplysningerne forkert, så kontakt kommunen."],
  ];
  return `${blocks.map((b) => b.join("\n")).join("\n\n")}\n`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Almenboligloven § 60, stk. 1, jf. Aftalen …, regelversion flexible-letting-2007." */
export function legalBasisSentence(version: { readonly id: string; readonly source: LegalSource }): string {
  const { source } = version;
  const also =
    source.section !== undefined && source.document !== undefined ? `, jf. ${source.document}` : "";
  return `${capitalise(legalBasisText(source))}${also}, regelversion ${version.id}.`;
}
