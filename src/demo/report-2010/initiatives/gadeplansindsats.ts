import { bulletList, paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const gadeplansindsats: Initiative = {
  id: "gadeplansindsats",
  name: "Helhedsorienteret gadeplansindsats",
  isNew: false,
  committeeCode: "SUD",
  goalLinks: [
    {
      goalCode: "c",
      basis: "interpreted",
      excerpt: "Den opsøgende gadeplansindsats vil bidrage til at reducere kriminaliteten i udsatte områder",
    },
  ],
  successCriteria: [],
  statusReport: {
    kind: "serving_goals",
    fields: {
      economy: [paragraph("Der er afsat 4,6 mio. kr. i 2010.")],
      targetGroup: [
        paragraph("Målgruppen er udsatte børn og unge i aldersgruppen 10-18 år, i udsatte boligområder."),
      ],
      activities: [
        paragraph(
          "Aktiviteten består af opsøgende gadeplansarbejde, som målrettes 4 udvalgte boligområder. Der er ansat 2 gadeplansmedarbejdere til hvert område. De 4 områder er:",
        ),
        bulletList("Voldparken", "Urbanplanen", "Holmbladskvarteret", "Haraldsgade/Aldersrokvarteret."),
        paragraph(
          "I indsatsen er der afsat 0,4 mio. kr. til kompetenceudvikling af de opsøgende medarbejdere.",
        ),
      ],
      objective: [
        paragraph(
          "Mere tryghed og færre uroskabende unge i de 4 udvalgte boligområder, bedre skolegang, arbejdssituationen og fritidsbeskæftigelser for målgruppen samt mindre kriminalitet.",
        ),
      ],
      contribution: [
        paragraph(
          "Den opsøgende gadeplansindsats vil bidrage til at reducere kriminaliteten i udsatte områder og dermed øge trygheden for borgerne i almindelighed. Derudover vil indsatsen forsøge at få flere unge over i et uddannelsesforløb / fritidsjob.",
        ),
      ],
      plannedFollowUp: [
        paragraph(
          "Der er fastlagt effektmål, som der følges op medio 2010. Evalueringen indgår i den samlede effektevaluering af Sikker By.",
        ),
      ],
      status: [
        paragraph(
          "Effektmål og monitoreringssystem er udarbejdet, og der gøres status medio 2010. Pt. er der kun positive tilbagemeldinger fra børnefamilieenheder vedr. den øgede gadeplansindsats.",
        ),
      ],
    },
    targetGroup: {
      counts: [{ value: 4, unit: "udvalgte boligområder", perYear: false, approximate: false }],
      ageMin: 10,
      ageMax: 18,
      sex: "unspecified",
      background: null,
    },
    amountLines: [
      {
        kind: "initiative_total",
        id: "gadeplan-2010",
        field: "economy",
        statedText: "4,6 mio. kr. i 2010",
        amount: 4_600_000,
        approximate: false,
        period: { kind: "years", years: [2010] },
      },
      {
        kind: "component",
        id: "gadeplan-kompetenceudvikling",
        field: "activities",
        label: "kompetenceudvikling af de opsøgende medarbejdere",
        statedText: "0,4 mio. kr.",
        amount: 400_000,
        approximate: false,
        period: { kind: "years", years: [2010] },
      },
    ],
    datedStatements: [
      {
        id: "gadeplan-opfoelgning",
        kind: "expected",
        period: { kind: "month", year: 2010, month: 6 },
        excerpt: "Der er fastlagt effektmål, som der følges op medio 2010.",
      },
    ],
  },
};
