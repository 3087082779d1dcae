import { bulletList, paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const ssp: Initiative = {
  id: "ssp",
  name: "Styrket SSP indsats, herunder SSP+",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [
    {
      goalCode: "c",
      basis: "interpreted",
      excerpt: "Den styrkede SSP indsats vil bidrage til at reducere kriminaliteten i udsatte områder",
    },
  ],
  successCriteria: [],
  statusReport: {
    kind: "serving_goals",
    fields: {
      economy: [
        paragraph(
          "Der er afsat 1,1 mio. kr. i 2010 i drift til at styrke SSP-samarbejdet med en udvidelse af målgruppen til de 18-23årige (SSP+) og en udvidelse af enkeltsagskonceptet til de 15-17årige.",
        ),
      ],
      targetGroup: [
        paragraph(
          "Kriminalitetstruede og kriminelle børn og unge. I 2010 er der særligt fokus på de unge under 15 år samt det nye fokus på de 18-23årige.",
        ),
      ],
      activities: [
        paragraph(
          "Behandlingen af enkeltsager i SSP København styrkes og formaliseres og arbejdet udvides til også at dække de 18-23årige.",
        ),
        paragraph(
          "Alle sager undergår fremover en formel behandling. Enkeltsager gradueres i 4 niveauer afhængig af, hvor alvorlige forhold der er tale om:",
        ),
        bulletList(
          "Bekymrende adfærd",
          "Førstegangskriminalitet",
          "Gentagen alvorlig kriminalitet",
          "Personfarlig kriminalitet",
        ),
        paragraph(
          "For hvert niveau præciseres, hvem der har ansvar for at handle på den unge, hvilke handlinger der skal iværksættes inden for en given tidsramme, samt hvilke karakteristika der definerer niveauerne.",
        ),
        paragraph(
          "Den styrkede enkeltsagsbehandling implementeres i alle SSP lokaludvalg og SSP ledergrupper i København.",
        ),
      ],
      objective: [paragraph("At forebygge kriminalitet blandt børn og unge.")],
      contribution: [
        paragraph(
          "Den styrkede SSP indsats vil bidrage til at reducere kriminaliteten i udsatte områder og dermed øge trygheden for borgerne i almindelighed.",
        ),
      ],
      plannedFollowUp: [
        paragraph(
          "Enkeltsagskonceptet effektvurderes i 2010 i forbindelse med opfølgning og effektvurdering af Sikker By.",
        ),
      ],
      status: [
        paragraph(
          "Enkeltsagskonceptet effektvurderes i 2010 i forbindelse med opfølgning og effektvurdering af Sikker By.",
        ),
      ],
    },
    targetGroup: { counts: [], ageMin: null, ageMax: 23, sex: "unspecified", background: null },
    amountLines: [
      {
        kind: "initiative_total",
        id: "ssp-2010",
        field: "economy",
        statedText: "1,1 mio. kr. i 2010",
        amount: 1_100_000,
        approximate: false,
        period: { kind: "years", years: [2010] },
      },
    ],
    datedStatements: [
      {
        id: "ssp-effektvurdering",
        kind: "expected",
        period: { kind: "year", year: 2010 },
        excerpt:
          "Enkeltsagskonceptet effektvurderes i 2010 i forbindelse med opfølgning og effektvurdering af Sikker By.",
      },
    ],
  },
};
