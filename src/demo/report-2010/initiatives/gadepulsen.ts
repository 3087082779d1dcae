import { paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const gadepulsen: Initiative = {
  id: "gadepulsen",
  name: "Gadepulsen",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [
    {
      goalCode: "c",
      basis: "interpreted",
      excerpt: "reduktion evt. kriminalitet og misbrugsadfærd",
    },
  ],
  successCriteria: [],
  statusReport: {
    kind: "serving_goals",
    fields: {
      economy: [paragraph("Der er i 2010 afsat 3,4 mio. kr. til drift af Gadepulsen.")],
      targetGroup: [
        paragraph(
          "Socialt udsatte og kriminalitetstruede børn og unge mellem 12 og 18 år. Det er fortrinsvis etnisk minoritetsdrengene, der gør brug af tilbuddet.",
        ),
      ],
      activities: [
        paragraph(
          "Gadepulsen er et aktivitets- og gadeplansprojekt for socialt udsatte og kriminalitetstruede unge på Indre Nørrebro. Gadepulsen yder målrettede rådgivningstilbud til unge, der har svært ved at rummes i de etablerede skole-, job- og fritidstilbud. Medarbejderne foretager opsøgende arbejde i lokalområdet og fungerer som kontaktpersoner for unge med konkrete foranstaltninger.",
        ),
      ],
      objective: [paragraph("At støtte de unge i forhold til uddannelse, beskæftigelse og fritidstilbud.")],
      contribution: [
        paragraph(
          "Forbedret skolegang, højere grad af beskæftigelse blandt de ældste af målgruppen, deltagelse i fritidsaktiviteter, reduktion evt. kriminalitet og misbrugsadfærd.",
        ),
      ],
      plannedFollowUp: [
        paragraph(
          "Gadepulsen er en del af Børnefamilieenheden Nørrebros forebyggende tilbud, og der er pt. ikke planlagt en evaluering af tilbuddet. Hvis den unge har tilknyttet en støttekontaktperson fra Gadepulsen følger den enkelte unges sagsbehandlervæbende op på indsatsen.",
        ),
      ],
      status: [
        paragraph(
          "Der er i fremtiden muligt at følge indsatsen gennem Socialforvaltningens registerbaserede forløbsundersøgelse. Denne opdateres med 2 års mellemrum.",
        ),
      ],
    },
    targetGroup: {
      counts: [],
      ageMin: 12,
      ageMax: 18,
      sex: "predominantly_male",
      background: "fortrinsvis etnisk minoritetsdrengene",
    },
    amountLines: [
      {
        kind: "initiative_total",
        id: "gadepulsen-2010",
        field: "economy",
        statedText: "3,4 mio. kr.",
        amount: 3_400_000,
        approximate: false,
        period: { kind: "years", years: [2010] },
      },
    ],
    datedStatements: [],
  },
};
