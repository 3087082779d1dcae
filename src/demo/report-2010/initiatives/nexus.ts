import { paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const nexus: Initiative = {
  id: "nexus",
  name: "Nexus",
  isNew: true,
  committeeCode: "SUD",
  goalLinks: [
    {
      goalCode: "c",
      basis: "interpreted",
      excerpt: "holde sig væk fra kriminalitet og stofmisbrug",
    },
  ],
  successCriteria: [],
  statusReport: {
    kind: "serving_goals",
    fields: {
      economy: [paragraph("Der er afsat 23,6 mio. kr. årligt til drift af institutionen.")],
      targetGroup: [
        paragraph("20 unge mellem 15 og 17 år med behov for struktureret socialpædagogisk behandling."),
      ],
      activities: [
        paragraph("Faseopdelt døgninstitutionsbehandling af unge, som er til fare for sig selv og andre."),
      ],
      objective: [
        paragraph(
          "Bringe stærkt udadregerende og kriminelle unge i positiv udvikling via et struktureret socialpædagogisk behandlingsforløb i døgnregi.",
        ),
      ],
      contribution: [
        paragraph(
          "De langsigtede effektmål er, at de unge skal gennemføre 9. klasse, gennemføre en ungdomsuddannelse, opnå beskæftigelse samt holde sig væk fra kriminalitet og stofmisbrug.",
        ),
      ],
      plannedFollowUp: [
        paragraph(
          "Den enkelte unges sagsbehandler følger løbende op på indsatsen. Der følges op via registerbaseret forløbsundersøgelse. Disse opdateres med 2 års mellemrum. Herudover pilottestes pt. et koncept, hvor udviklingen på 10 parametre løbende monitoreres for alle unge, der har en social sag (fx personlig trivsel, familierelationer, skolefravær, faglig udvikling, venskaber og kriminalitet). De unges udvikling vil kunne analyseres i forhold til hvilke typer af indsatser, de har modtaget. Et tilpasset koncept forventes fuldt udrullet i 2011.",
        ),
      ],
      status: [
        paragraph(
          "Institutionen startede op september 2009, og der er endnu ikke fulgt op på de fastlagte mål.",
        ),
      ],
    },
    targetGroup: {
      counts: [{ value: 20, unit: "unge", perYear: false, approximate: false }],
      ageMin: 15,
      ageMax: 17,
      sex: "unspecified",
      background: null,
    },
    amountLines: [
      {
        kind: "initiative_total",
        id: "nexus-aarligt",
        field: "economy",
        statedText: "23,6 mio. kr. årligt",
        amount: 23_600_000,
        approximate: false,
        period: { kind: "every_year" },
      },
    ],
    datedStatements: [
      {
        id: "nexus-koncept-2011",
        kind: "expected",
        period: { kind: "year", year: 2011 },
        excerpt: "Et tilpasset koncept forventes fuldt udrullet i 2011.",
      },
      {
        id: "nexus-opstart",
        kind: "done",
        period: { kind: "month", year: 2009, month: 9 },
        excerpt: "Institutionen startede op september 2009",
      },
    ],
  },
};
