import { DomainError } from "../errors.ts";
import { formatDate, formatKroner } from "../format.ts";
import { INVALID_DATE, type IsoDate, isIsoDate } from "../law/iso-date.ts";
import type { LegalSource, ParameterSet } from "../law/parameter.ts";
import { ParameterReader } from "../law/parameter-reader.ts";
import type { ParameterUse } from "../law/value-on.ts";
import { decisionRuleVersionFor } from "./decision-rule-versions.ts";
import type { Justification } from "./justification.ts";
import { legalBasisSentence, renderLetter } from "./letter.ts";

/**
 * Flyttetilskud (the municipality's agreement, seed): 15,000 kr to a household living on
 * transfer income that moves out of a vulnerable area into a new dwelling in the municipality.
 * Whether the new dwelling must lie outside the vulnerable areas is a constructed parameter
 * (the purpose is "to move to other areas").
 */
const p = {
  amount: "kobenhavn.flyttetilskud.beloeb",
  notIntoVulnerable: "kobenhavn.flyttetilskud.kraever_ikke_udsat_destination",
} as const;

export interface RelocationGrantApplication {
  readonly applicationDate: IsoDate;
  readonly household: {
    readonly pseudonym: string;
    readonly livesOnTransferIncome: boolean;
    readonly transferIncomeDescription?: string;
  };
  readonly from: { readonly areaId: string; readonly vulnerable: boolean; readonly listReference: string };
  readonly to: {
    readonly inMunicipality: boolean;
    readonly newDwelling: boolean;
    readonly areaId?: string;
    readonly vulnerable: boolean;
  };
}

export interface RelocationCondition {
  readonly id:
    | "transfer_income"
    | "moves_out_of_vulnerable_area"
    | "new_dwelling_in_municipality"
    | "not_into_vulnerable_area";
  readonly met: boolean;
  /** Danish. */
  readonly text: string;
}

export interface RelocationGrantDecision {
  readonly kind: "relocation_grant";
  readonly result: "granted" | "refused";
  readonly amount: number;
  readonly ruleVersion: { readonly id: string; readonly name: string; readonly source: LegalSource };
  readonly parametersUsed: readonly ParameterUse[];
  readonly input: { readonly application: RelocationGrantApplication };
  readonly facts: { readonly conditions: readonly RelocationCondition[] };
  readonly justification: Justification;
}

export function decideRelocationGrant(
  application: RelocationGrantApplication,
  params: ParameterSet,
): RelocationGrantDecision {
  if (!isIsoDate(application.applicationDate)) {
    throw new DomainError("invalid_input", { da: "Ugyldig ansøgningsdato", en: "Invalid application date" }, [
      { field: "applicationDate", ...INVALID_DATE },
    ]);
  }
  const version = decisionRuleVersionFor("relocation_grant", application.applicationDate);
  const reader = new ParameterReader(params, application.applicationDate);
  const amount = reader.number(p.amount);
  const { household, from, to } = application;
  const conditions: RelocationCondition[] = [
    {
      id: "transfer_income",
      met: household.livesOnTransferIncome,
      text: household.livesOnTransferIncome
        ? `Husstanden lever af overførselsindkomst${household.transferIncomeDescription ? ` (${household.transferIncomeDescription})` : ""}.`
        : "Husstanden lever ikke af overførselsindkomst.",
    },
    {
      id: "moves_out_of_vulnerable_area",
      met: from.vulnerable,
      text: from.vulnerable
        ? `Husstanden fraflytter et udsat område (${from.areaId}; ${from.listReference}).`
        : `Området, husstanden fraflytter (${from.areaId}), er ikke et udsat område (${from.listReference}).`,
    },
    {
      id: "new_dwelling_in_municipality",
      met: to.inMunicipality && to.newDwelling,
      text:
        to.inMunicipality && to.newDwelling
          ? "Husstanden flytter til en ny bolig i kommunen."
          : to.inMunicipality
            ? "Husstanden flytter ikke til en ny bolig."
            : "Den nye bolig ligger ikke i kommunen.",
    },
  ];
  if (reader.boolean(p.notIntoVulnerable)) {
    conditions.push({
      id: "not_into_vulnerable_area",
      met: !to.vulnerable,
      text: to.vulnerable
        ? `Den nye bolig ligger i et udsat område${to.areaId ? ` (${to.areaId})` : ""}.`
        : "Den nye bolig ligger uden for de udsatte områder.",
    });
  }
  const granted = conditions.every((c) => c.met);
  const ruleVersion = { id: version.id, name: version.name, source: version.source };
  const parametersUsed = reader.used();
  const legalBasis = legalBasisSentence(version);
  const facts = [
    `Ansøgningsdato: ${formatDate(application.applicationDate)}.`,
    ...conditions.map((c) => c.text),
  ];
  const reasoning = [
    `Kommunen yder et flyttetilskud på ${formatKroner(amount)} til en husstand, der lever af overførselsindkomst, og som fraflytter et udsat område og flytter til en ny bolig i kommunen.`,
    ...(conditions.some((c) => c.id === "not_into_vulnerable_area")
      ? [
          "Formålet er at give mulighed for at flytte til andre områder, så den nye bolig skal ligge uden for de udsatte områder (kommunens læsning, ikke endeligt efterprøvet).",
        ]
      : []),
    granted
      ? `Alle betingelser er opfyldt, og husstanden får ${formatKroner(amount)}`
      : `Betingelsen om, at ${conditions
          .filter((c) => !c.met)
          .map((c) => conditionNames[c.id])
          .join(", og at ")}, er ikke opfyldt, og der ydes ikke flyttetilskud.`,
  ];
  const text = renderLetter({
    title: "Afgørelse om flyttetilskud",
    header: [
      ["Husstand", household.pseudonym],
      ["Ansøgningsdato", formatDate(application.applicationDate)],
    ],
    decision: granted ? `Du får et flyttetilskud på ${formatKroner(amount)}` : "Du får ikke flyttetilskud.",
    reasoning,
    facts,
    legalBasis,
    ruleVersion,
    parametersUsed,
  });
  return {
    kind: "relocation_grant",
    result: granted ? "granted" : "refused",
    amount: granted ? amount : 0,
    ruleVersion,
    parametersUsed,
    input: { application },
    facts: { conditions },
    justification: { legalBasis, facts, reasoning, text },
  };
}

const conditionNames: Readonly<Record<RelocationCondition["id"], string>> = {
  transfer_income: "husstanden lever af overførselsindkomst",
  moves_out_of_vulnerable_area: "husstanden fraflytter et udsat område",
  new_dwelling_in_municipality: "husstanden flytter til en ny bolig i kommunen",
  not_into_vulnerable_area: "den nye bolig ligger uden for de udsatte områder",
};
