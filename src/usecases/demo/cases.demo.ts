import {
  listCases as listCaseRows,
  type SspCommittee,
  upsertSspCommittee,
} from "../../db/cases.repository.ts";
import { todayOf } from "../../domain/law/clock.ts";
import { addDays } from "../../domain/law/iso-date.ts";
import { defaultCaseCatalogue } from "../../rules/load-case-catalogue.ts";
import { SYSTEM_ACTOR } from "../actor.ts";
import { completeCaseAction, regradeCase } from "../cases/change-case.ts";
import { createCase } from "../cases/create-case.ts";
import { recordAssessment, recordIntervention } from "../cases/record-assessment.ts";
import { createUseCaseContext } from "../use-case.ts";
import type { DemoSeeder } from "./demo-seeder.ts";

/** Constructed SSP local committees (the seed names none) in two leader groups. */
export const DEMO_SSP_COMMITTEES: readonly SspCommittee[] = [
  { code: "norrebro", name: "SSP Nørrebro", leaderGroup: "SSP-ledergruppe Nord" },
  { code: "bispebjerg", name: "SSP Bispebjerg", leaderGroup: "SSP-ledergruppe Nord" },
  { code: "amager", name: "SSP Amager", leaderGroup: "SSP-ledergruppe Syd" },
  { code: "valby", name: "SSP Valby", leaderGroup: "SSP-ledergruppe Syd" },
];

/** A small deterministic generator, so the demo is the same on every first start. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const clamp = (x: number) => Math.max(1, Math.min(10, Math.round(x)));

/**
 * Constructed SSP cases, when there are none: 20 young persons in four committees at every
 * level, opened between 2 weeks and 7 months ago, some re-graded, the actions of one case in three
 * left overdue, each with three assessments; the ones in Den Korte Snor improve by about two
 * points more per parameter than the rest, so the outcome analysis has an effect to find.
 */
export const casesDemo: DemoSeeder = {
  name: "SSP-sager",
  async seed(db) {
    for (const committee of DEMO_SSP_COMMITTEES) await upsertSspCommittee(db, committee);
    if ((await listCaseRows(db, { includeClosed: true }, "2000-01-01")).length > 0) return "";
    const ctx = createUseCaseContext(db);
    const today = todayOf(ctx.clock);
    const random = generator(2010);
    const { parameters } = defaultCaseCatalogue();
    const actor = SYSTEM_ACTOR;
    let cases = 0;
    for (let i = 0; i < 20; i += 1) {
      const committee = DEMO_SSP_COMMITTEES[i % 4]?.code ?? "norrebro";
      const openedOn = addDays(today, -(14 + ((i * 37) % 200)));
      const created = await createCase(ctx, actor, {
        committee,
        pseudonym: `SSP-${String(1001 + i)}`,
        birthYear: Number(today.slice(0, 4)) - (12 + (i % 10)),
        birthMonth: 1 + ((i * 5) % 12),
        name: `Demo Ung ${i + 1}`,
        contact: `Forælder: 20 00 ${String(10 + i).padStart(2, "0")} 00`,
        level: 1 + (i % 4),
        openedOn,
      });
      cases += 1;
      // Every fifth case is escalated a week after opening; then the actions are done on their
      // due date, except on every third case, whose actions are left overdue.
      let current = created;
      if (i % 5 === 0 && created.level < 4) {
        current = await regradeCase(ctx, actor, {
          id: created.id,
          level: created.level + 1,
          reason: "Ny sigtelse (konstrueret demodata)",
          on: addDays(openedOn, 7),
        });
      }
      if (i % 3 !== 1) {
        for (const action of current.actions.filter(
          (a) => a.status === "open" && a.dueOn < addDays(today, -3),
        )) {
          await completeCaseAction(ctx, actor, {
            id: created.id,
            actionId: action.id,
            completedOn: action.dueOn,
          });
        }
      }
      const treated = i % 2 === 0;
      if (treated) {
        await recordIntervention(ctx, actor, {
          id: created.id,
          type: "den_korte_snor",
          startedOn: addDays(openedOn, 1),
        });
      } else if (i % 3 === 0) {
        await recordIntervention(ctx, actor, {
          id: created.id,
          type: "gadeplansindsats",
          startedOn: addDays(openedOn, 2),
        });
      }
      const start = Object.fromEntries(parameters.map((p) => [p.key, 3 + Math.floor(random() * 5)]));
      const step = Math.floor((Date.parse(today) - Date.parse(openedOn)) / 86_400_000 / 3);
      for (let k = 0; k < 3; k += 1) {
        const scores = Object.fromEntries(
          parameters.map((p) => {
            const gain = k * (treated ? 1 : 0.25) + 2 * (random() - 0.5);
            return [p.key, clamp((start[p.key] ?? 5) + (p.higherIsBetter ? gain : -gain))];
          }),
        );
        await recordAssessment(ctx, actor, {
          id: created.id,
          assessedOn: addDays(openedOn, k * step),
          scores,
        });
      }
    }
    return `${cases} SSP-sager i ${DEMO_SSP_COMMITTEES.length} lokaludvalg (konstrueret demodata)`;
  },
};
