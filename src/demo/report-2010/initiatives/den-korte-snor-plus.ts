import { paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const denKorteSnorPlus: Initiative = {
  id: "den-korte-snor-plus",
  name: "Den Korte Snor +",
  isNew: true,
  committeeCode: "SUD",
  goalLinks: [
    {
      goalCode: "c",
      basis: "interpreted",
      excerpt: "Reduktion i kriminel adfærd blandt etnisk minoritetsunge",
    },
  ],
  successCriteria: [],
  statusReport: {
    kind: "serving_goals",
    fields: {
      economy: [paragraph("Der er i 2010 afsat 3 mio. kr. i 2010 til Den Korte Snor +")],
      targetGroup: [paragraph("Socialt marginaliserede kriminelle unge mellem 18 og 25 år.")],
      activities: [
        paragraph(
          "Hurtig opfølgning på uroskabende og kriminel adfærd. Intensivt kontaktpersonarbejde med uroskabende stærkt kriminalitetstruede unge og deres familier kombineret med tæt samarbejde mellem kontaktperson og særligt udpegede sagsbehandlere i de mest belastede lokalområder.",
        ),
      ],
      objective: [
        paragraph(
          "Reduktion i kriminel adfærd blandt de unge i tilbuddet; forbedret skolegang, højere grad af beskæftigelse blandt de ældste af målgruppen, deltagelse i fritidsaktiviteter, reduktion i misbrugsadfærd.",
        ),
      ],
      contribution: [
        paragraph(
          "Reduktion i kriminel adfærd blandt etnisk minoritetsunge; forbedret skolegang, højere grad af beskæftigelse, deltagelse i fritidsaktiviteter, reduktion i misbrugsadfærd.",
        ),
      ],
      plannedFollowUp: [
        paragraph("Der er ved at blive udarbejdet effektmål og monitoreringssystem for indsatsen."),
      ],
      status: [
        paragraph(
          "Den Korte Snor+ vil starte op primo/medie 2010, og der er således ikke fulgt op på indsatsen endnu.",
        ),
      ],
    },
    targetGroup: { counts: [], ageMin: 18, ageMax: 25, sex: "unspecified", background: null },
    amountLines: [
      {
        kind: "initiative_total",
        id: "dks-plus-2010",
        field: "economy",
        statedText: "3 mio. kr.",
        amount: 3_000_000,
        approximate: false,
        period: { kind: "years", years: [2010] },
      },
    ],
    datedStatements: [
      {
        id: "dks-plus-opstart",
        kind: "expected",
        period: { kind: "year", year: 2010 },
        excerpt: "Den Korte Snor+ vil starte op primo/medie 2010",
      },
    ],
  },
};
