import { paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const denKorteSnor: Initiative = {
  id: "den-korte-snor",
  name: "Den Korte Snor",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [
    {
      goalCode: "c",
      basis: "interpreted",
      excerpt: "at være med til at sænke ungdomskriminaliteten i Københavns Kommune",
    },
  ],
  successCriteria: [],
  statusReport: {
    kind: "serving_goals",
    fields: {
      economy: [paragraph("Der er i 2010 afsat 8,5 mio. kr. til Den Korte Snor.")],
      targetGroup: [paragraph("Uroskabende og kriminalitetstruede børn og unge mellem 10 og 17 år.")],
      activities: [
        paragraph(
          "Den Korte Snor er en intensiv familierådgiver- og kontaktpersonindsats med 50 pladser til 10-17årige uroskabende og kriminalitetstruede børn og unge. Indsatsen i Den Korte Snor sigter på at sikre en hurtig opfølgning på unges uroskabende og truende adfærd eller begyndende kriminalitet, bl.a. gennem familiesamtaler og relationsarbejde med den unge.",
        ),
      ],
      objective: [
        paragraph(
          "De langsigtede effektmål er, at de unge skal gennemføre 9. klasse, gennemføre en ungdomsuddannelse, opnå beskæftigelse samt holde sig væk fra kriminalitet og stofmisbrug.",
        ),
      ],
      contribution: [
        paragraph(
          "Sigtet med indsatsen i Den Korte Snor er at reducere antallet af unge, der er involveret i truende og uroskabende adfærdsformer og/eller kriminelle aktiviteter. Derigennem har indsatsen til formål at være med til at sænke ungdomskriminaliteten i Københavns Kommune og øge trygheden for borgerne.",
        ),
      ],
      plannedFollowUp: [
        paragraph("Den Korte Snor effektevalueres i forbindelse med evalueringen af Sikker By i 2010."),
      ],
      status: [paragraph("Afventer effektevaluering i forbindelse med evalueringen af Sikker By i 2010.")],
    },
    targetGroup: {
      counts: [{ value: 50, unit: "pladser", perYear: false, approximate: false }],
      ageMin: 10,
      ageMax: 17,
      sex: "unspecified",
      background: null,
    },
    amountLines: [
      {
        kind: "initiative_total",
        id: "dks-2010",
        field: "economy",
        statedText: "8,5 mio. kr.",
        amount: 8_500_000,
        approximate: false,
        period: { kind: "years", years: [2010] },
      },
    ],
    datedStatements: [
      {
        id: "dks-effektevaluering",
        kind: "expected",
        period: { kind: "year", year: 2010 },
        excerpt: "Den Korte Snor effektevalueres i forbindelse med evalueringen af Sikker By i 2010.",
      },
    ],
  },
};
