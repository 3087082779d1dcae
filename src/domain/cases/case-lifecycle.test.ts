import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DomainError } from "../errors.ts";
import { ageGroupOn } from "./age-group.ts";
import {
  type CaseState,
  closeCase,
  completeAction,
  isOverdue,
  openCase,
  regradeCase,
} from "./case-lifecycle.ts";
import { parseLevelCatalogue } from "./levels.ts";
import { WorkingDays } from "./working-days.ts";

const catalogue = parseLevelCatalogue(
  parse(readFileSync(new URL("../../../catalogues/kobenhavn/ssp/sagskatalog.yaml", import.meta.url), "utf8")),
);
const workingDays = new WorkingDays({ storeBededag: (y) => y <= 2023, closingDays: ["juleaftensdag"] });
const today = "2026-12-02";

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

function stateAfterOpening(): CaseState {
  const opening = openCase({ level: 2, openedOn: "2026-11-27" }, catalogue, workingDays, today);
  return {
    level: opening.level,
    openedOn: opening.openedOn,
    closedOn: null,
    actions: opening.actions.map((a, i) => ({ ...a, id: i + 1, status: "open", completedOn: null })),
  };
}

describe("the default catalogue", () => {
  it("has four levels, ten parameters (the seed's six first) and the seed's interventions", () => {
    expect(catalogue.levels.map((l) => l.name)).toEqual([
      "Bekymrende adfærd",
      "Førstegangskriminalitet",
      "Gentagen alvorlig kriminalitet",
      "Personfarlig kriminalitet",
    ]);
    expect(catalogue.parameters.slice(0, 6).map((p) => p.key)).toEqual([
      "personlig_trivsel",
      "familierelationer",
      "skolefravaer",
      "faglig_udvikling",
      "venskaber",
      "kriminalitet",
    ]);
    expect(catalogue.interventionTypes.map((t) => t.name)).toContain("Den Flyvende Hollænder");
  });

  it("refuses an edited catalogue without level 3, naming the path", () => {
    const edited = {
      ...catalogue,
      levels: catalogue.levels.map((l) => (l.level === 3 ? { ...l, level: 4 } : l)),
    };
    const error = refusal(() => parseLevelCatalogue(edited));
    expect(error.details.map((d) => d.message)).toContain("niveau 3 mangler");
  });
});

describe("an SSP case", () => {
  it("gets its level's actions, due in working days from the opening date", () => {
    const state = stateAfterOpening();
    // Friday 27 November 2026: 5 working days is Friday 4 December, 1 is Monday 30 November.
    expect(state.actions.map((a) => [a.key, a.dueOn])).toEqual([
      ["samtale_foraeldre", "2026-12-04"],
      ["underretning_vurderet", "2026-11-30"],
      ["handleplan", "2026-12-18"],
    ]);
    expect(state.actions.filter((a) => isOverdue(a, today)).map((a) => a.key)).toEqual([
      "underretning_vurderet",
    ]);
    expect(isOverdue({ status: "open", dueOn: today }, today)).toBe(false);
    expect(isOverdue({ status: "completed", dueOn: "2026-01-01" }, today)).toBe(false);
  });

  it("escalates with a reason: new actions from the re-grade date, the old open ones lapse", () => {
    const state = stateAfterOpening();
    const regrade = regradeCase(
      state,
      { level: 3, reason: "Ny sigtelse", on: "2026-12-01" },
      catalogue,
      workingDays,
      today,
    );
    expect(regrade.direction).toBe("escalation");
    expect(regrade.lapsedActionIds).toEqual([1, 2, 3]);
    expect(regrade.actions.map((a) => [a.key, a.dueOn])).toEqual([
      ["netvaerksmoede", "2026-12-08"],
      ["indsats_ivaerksat", "2026-12-15"],
      ["ledergruppe_orienteret", "2026-12-15"],
    ]);
    const down = regradeCase(
      state,
      { level: 1, reason: "Faldet til ro", on: today },
      catalogue,
      workingDays,
      today,
    );
    expect(down.direction).toBe("de-escalation");
  });

  it("refuses bad re-grades, completions and closings, naming the field", () => {
    const state = stateAfterOpening();
    const field = (run: () => unknown) => refusal(run).details[0]?.field;
    expect(
      field(() => regradeCase(state, { level: 5, reason: "x", on: today }, catalogue, workingDays, today)),
    ).toBe("level");
    expect(
      field(() => regradeCase(state, { level: 2, reason: "x", on: today }, catalogue, workingDays, today)),
    ).toBe("level");
    expect(
      field(() => regradeCase(state, { level: 3, reason: "  ", on: today }, catalogue, workingDays, today)),
    ).toBe("reason");
    expect(
      field(() =>
        regradeCase(state, { level: 3, reason: "x", on: "2026-12-03" }, catalogue, workingDays, today),
      ),
    ).toBe("on");
    expect(field(() => completeAction(state, 1, "2026-11-26", today))).toBe("completedOn");
    expect(field(() => completeAction(state, 1, "2026-12-03", today))).toBe("completedOn");
    expect(refusal(() => completeAction(state, 99, today, today)).code).toBe("not_found");
    expect(field(() => closeCase(state, { reason: "", closedOn: today }, today))).toBe("reason");
    expect(field(() => openCase({ level: 1, openedOn: "2026-12-03" }, catalogue, workingDays, today))).toBe(
      "openedOn",
    );
    const closed = { ...state, closedOn: today };
    expect(refusal(() => completeAction(closed, 1, today, today)).code).toBe("conflict");
  });

  it("completes an open action once", () => {
    const state = stateAfterOpening();
    const done = completeAction(state, 2, "2026-11-30", today);
    expect(done).toMatchObject({ status: "completed", completedOn: "2026-11-30" });
    const again = { ...state, actions: state.actions.map((a) => (a.id === 2 ? done : a)) };
    expect(refusal(() => completeAction(again, 2, today, today)).code).toBe("conflict");
  });
});

describe("age groups", () => {
  it("derives the group from birth year and month on the date", () => {
    expect(ageGroupOn(2011, 1, "2026-12-02")).toBe("15_17");
    expect(ageGroupOn(2011, 12, "2026-11-30")).toBe("under_15");
    expect(ageGroupOn(2011, 12, "2026-12-01")).toBe("15_17");
    expect(ageGroupOn(2008, 12, "2026-12-02")).toBe("18_23");
    expect(ageGroupOn(2003, 1, "2026-12-02")).toBe("18_23");
    expect(ageGroupOn(2002, 12, "2026-12-02")).toBe("over_23");
  });
});
