import type { MovingPatternTable } from "../../domain/policy/goals/moving-pattern-table.ts";

/** The evaluation table under goal b: change 2006–2008 in persons on transfer income. */
export const movingPattern2006to2008: MovingPatternTable = {
  id: "flyttemoenster-2006-2008",
  title:
    "Ændring i antal og andel personer på overførselsindkomst efter område type og flyttemønster 2006-2008",
  fromYear: 2006,
  toYear: 2008,
  rows: [
    {
      areaType: "tingbjerg",
      label: "Tingbjerg m.v.",
      netMoving: -69,
      notFullyVacated: -155,
      total: -224,
      shareChangePp: -5.9,
    },
    {
      areaType: "other_vulnerable",
      label: "Øvrige udsatte",
      netMoving: -40,
      notFullyVacated: -301,
      total: -341,
      shareChangePp: -8.3,
    },
    {
      areaType: "high_risk",
      label: "Højrisiko",
      netMoving: -283,
      notFullyVacated: -751,
      total: -1034,
      shareChangePp: -7.2,
    },
    {
      areaType: "risk",
      label: "Risiko",
      netMoving: 166,
      notFullyVacated: -1005,
      total: -839,
      shareChangePp: -2.8,
    },
    {
      areaType: "neutral",
      label: "Neutral",
      netMoving: 290,
      notFullyVacated: -630,
      total: -340,
      shareChangePp: -2.0,
    },
    {
      areaType: "all",
      label: "Alle",
      netMoving: 64,
      notFullyVacated: -2842,
      total: -2778,
      shareChangePp: -3.9,
    },
  ],
};
