import { paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const denFlyvendeHollaender: Initiative = {
  id: "den-flyvende-hollaender",
  name: "Den Flyvende Hollænder",
  isNew: false,
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
      economy: [paragraph("Der er afsat 10.1 mio. kr. årligt til drift af institutionen.")],
      targetGroup: [paragraph("Unge i alderen 12-14 år, der udviser en kriminel og utilpasset adfærd.")],
      activities: [
        paragraph(
          "Døgntilbud med 6 pladser til unge under den kriminelle lavalder, som har brug for længerevarende struktureret og individuelt tilrettelagte socialpædagogisk behandling i døgnregi.",
        ),
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
          "Den enkelte unges sagsbehandler følger løbende op på indsatsen. Der følges op via registerbaseret forløbsundersøgelse Disse opdateres med 2 års mellemrum. Herudover pilottestes pt. et koncept, hvor udviklingen på 10 parametre løbende monitoreres for alle unge, der har en social sag (fx personlig trivsel, familierelationer, skolefravær, faglig udvikling, venskaber og kriminalitet). De unges udvikling vil kunne analyseres i forhold til hvilke typer af indsatser, de har modtaget. Et tilpasset koncept forventes fuldt udrullet i 2011.",
        ),
      ],
      status: [
        paragraph(
          "Den Flyvende Hollænder er et af forvaltningens pilotprojekter i forhold til arbejdet med effektmåling. Der er således udarbejdet effektmål, indikatorer og en forandringsteori for institutionens pædagogiske arbejde i 2009. Institutionen starter en systematisk og omfattende monitorering i forhold til dette i 2010.",
        ),
      ],
    },
    targetGroup: {
      counts: [{ value: 6, unit: "pladser", perYear: false, approximate: false }],
      ageMin: 12,
      ageMax: 14,
      sex: "unspecified",
      background: null,
    },
    amountLines: [
      {
        kind: "initiative_total",
        id: "hollaender-aarligt",
        field: "economy",
        statedText: "10.1 mio. kr. årligt",
        amount: 10_100_000,
        approximate: false,
        period: { kind: "every_year" },
      },
    ],
    datedStatements: [
      {
        id: "hollaender-koncept-2011",
        kind: "expected",
        period: { kind: "year", year: 2011 },
        excerpt: "Et tilpasset koncept forventes fuldt udrullet i 2011.",
      },
      {
        id: "hollaender-effektmaal-2009",
        kind: "done",
        period: { kind: "year", year: 2009 },
        excerpt:
          "Der er således udarbejdet effektmål, indikatorer og en forandringsteori for institutionens pædagogiske arbejde i 2009.",
      },
      {
        id: "hollaender-monitorering-2010",
        kind: "expected",
        period: { kind: "year", year: 2010 },
        excerpt:
          "Institutionen starter en systematisk og omfattende monitorering i forhold til dette i 2010.",
      },
    ],
  },
};
