import { paragraph } from "../../../domain/policy/goals/rich-text.ts";
import type { Initiative } from "../../../domain/policy/initiatives/initiative.ts";

export const ressourcecenterYdreNoerrebro: Initiative = {
  id: "ressourcecenter-ydre-noerrebro",
  name: "Ressourcecenter Ydre Nørrebro",
  isNew: true,
  committeeCode: "SUD",
  goalLinks: [
    {
      goalCode: "c",
      basis: "interpreted",
      excerpt:
        "forventes det, at de unge vælger uddannelse og beskæftigelse frem for eksempelvis kriminalitet",
    },
  ],
  successCriteria: [],
  statusReport: {
    kind: "serving_goals",
    fields: {
      economy: [paragraph("Der er i 2010 afsat 6,7 mio. kr.")],
      targetGroup: [
        paragraph(
          "Målgruppen er dels frivillige, der ønsker at engagere sig i socialt arbejde, dels lokalområdets børn og unge (og evt. ældre) - fortrinsvis etniske minoriteter - der ønsker at deltage i aktiviteterne og fællesskaberne enten som (mere passiv) bruger eller (mere aktivt bidrage som) frivillig.",
        ),
      ],
      activities: [
        paragraph(
          "Ressourcecentret danner en ramme om aktiviteter initieret og drevet af forskellige kræfter, især fra lokalområdet og fortrinsvis målrettet områdets børn og unge.",
        ),
      ],
      objective: [
        paragraph(
          "At skabe et socialt bæredygtigt ressourcecenter for frivilligt arbejde i et udsat lokalområde, der formår at engagere lokale i frivilligt socialt arbejde især i forhold til udsatte unge, og at give socialt udsatte unge adgang til positive fritidstilbud og fællesskaber og en mulighed for at blive inddraget som ressourcepersoner.",
        ),
      ],
      contribution: [
        paragraph(
          "Ved at give socialt udsatte og kriminalitetstruede unge adgang til positive fritidstilbud og fællesskaber og en mulighed for at blive inddraget som ressourcepersoner, forventes det, at de unge vælger uddannelse og beskæftigelse frem for eksempelvis kriminalitet.",
        ),
      ],
      plannedFollowUp: [
        paragraph(
          "Socialforvaltningen foretager procesevaluering, slutevaluering og effektmåling ved projektafslutningen i 2012.",
        ),
      ],
      status: [
        paragraph(
          "Ressourcecenteret er kommet godt i gang og får stadigt flere brugere. Der samarbejdes med en række frivillige organisationer og andre aktører som produktionshøjskoler, instruktører mv. i forhold til igangsættelse af forskellige aktiviteter og projekter for de unge.",
        ),
      ],
    },
    targetGroup: {
      counts: [],
      ageMin: null,
      ageMax: null,
      sex: "unspecified",
      background: "fortrinsvis etniske minoriteter",
    },
    amountLines: [
      {
        kind: "initiative_total",
        id: "ryn-2010",
        field: "economy",
        statedText: "6,7 mio. kr.",
        amount: 6_700_000,
        approximate: false,
        period: { kind: "years", years: [2010] },
      },
    ],
    datedStatements: [
      {
        id: "ryn-slutevaluering",
        kind: "expected",
        period: { kind: "year", year: 2012 },
        excerpt:
          "Socialforvaltningen foretager procesevaluering, slutevaluering og effektmåling ved projektafslutningen i 2012.",
      },
    ],
  },
};
