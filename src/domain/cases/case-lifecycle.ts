import { DomainError } from "../errors.ts";
import type { Texts } from "../language.ts";
import type { IsoDate } from "../law/iso-date.ts";
import { type CaseLevel, type LevelCatalogue, levelDefinition } from "./levels.ts";
import type { WorkingDays } from "./working-days.ts";

/**
 * The rules of one SSP case, pure: what creating, re-grading, completing and closing do to the
 * case's actions, and what each refuses. The use cases store the result and append the event to
 * the timeline; they never decide a due date themselves.
 */
export type ActionStatus = "open" | "completed" | "lapsed";

export interface CaseAction {
  readonly id: number;
  readonly key: string;
  readonly title: string;
  readonly responsible: string;
  readonly level: CaseLevel;
  readonly createdOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly status: ActionStatus;
  readonly completedOn: IsoDate | null;
}

export type NewCaseAction = Omit<CaseAction, "id" | "status" | "completedOn">;

export interface CaseState {
  readonly level: CaseLevel;
  readonly openedOn: IsoDate;
  readonly closedOn: IsoDate | null;
  readonly actions: readonly CaseAction[];
}

/** An action is overdue when it is open and its due date is before today. */
export function isOverdue(action: Pick<CaseAction, "status" | "dueOn">, today: IsoDate): boolean {
  return action.status === "open" && action.dueOn < today;
}

/** The field's message in every language; the summary is the same sentence, capitalised. */
function invalid(field: string, message: Texts): DomainError {
  const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return new DomainError("invalid_input", { da: capitalised(message.da), en: capitalised(message.en) }, [
    { field, message: message.da, en: message.en },
  ]);
}

/** A date a caseworker gives (opened, re-graded, completed, closed, assessed) may not lie after today. */
export function notInFuture(date: IsoDate, today: IsoDate, field: string): void {
  if (date > today)
    throw invalid(field, {
      da: `datoen ${date} ligger efter i dag (${today})`,
      en: `the date ${date} is after today (${today})`,
    });
}

function requiredReason(reason: string, field = "reason"): string {
  const trimmed = reason.trim();
  if (trimmed === "")
    throw invalid(field, { da: "en begrundelse skal angives", en: "a reason must be given" });
  return trimmed;
}

/** The actions a case at `level` must get from `from`, each due `workingDays` working days later. */
export function requiredActions(
  catalogue: LevelCatalogue,
  level: number,
  from: IsoDate,
  workingDays: WorkingDays,
): NewCaseAction[] {
  const definition = levelDefinition(catalogue, level);
  return definition.actions.map((a) => ({
    key: a.key,
    title: a.title,
    responsible: a.responsible,
    level: definition.level,
    createdOn: from,
    dueOn: workingDays.addWorkingDays(from, a.workingDays),
  }));
}

export interface Opening {
  readonly level: CaseLevel;
  readonly openedOn: IsoDate;
  readonly actions: readonly NewCaseAction[];
}

export function openCase(
  input: { readonly level: number; readonly openedOn: IsoDate },
  catalogue: LevelCatalogue,
  workingDays: WorkingDays,
  today: IsoDate,
): Opening {
  notInFuture(input.openedOn, today, "openedOn");
  const actions = requiredActions(catalogue, input.level, input.openedOn, workingDays);
  return { level: input.level as CaseLevel, openedOn: input.openedOn, actions };
}

function assertOpen(state: CaseState): void {
  if (state.closedOn !== null) {
    throw new DomainError("conflict", { da: "Sagen er lukket", en: "The case is closed" }, [
      { field: "case", message: `lukket ${state.closedOn}`, en: `closed on ${state.closedOn}` },
    ]);
  }
}

function notBeforeOpening(state: CaseState, date: IsoDate, field: string): void {
  if (date < state.openedOn) {
    throw invalid(field, {
      da: `datoen ${date} ligger før sagen blev oprettet (${state.openedOn})`,
      en: `the date ${date} is before the case was opened (${state.openedOn})`,
    });
  }
}

export type RegradeDirection = "escalation" | "de-escalation";

export interface Regrade {
  readonly from: CaseLevel;
  readonly to: CaseLevel;
  readonly direction: RegradeDirection;
  readonly reason: string;
  readonly on: IsoDate;
  /** Open actions of the earlier level: the new level's actions replace them. */
  readonly lapsedActionIds: readonly number[];
  readonly actions: readonly NewCaseAction[];
}

/**
 * Escalation or de-escalation to another level, with a reason. The new level's actions start from
 * the re-grade date; the open actions of the level left lapse (kept on the timeline, no longer due),
 * since the new level says what must happen now.
 */
export function regradeCase(
  state: CaseState,
  input: { readonly level: number; readonly reason: string; readonly on: IsoDate },
  catalogue: LevelCatalogue,
  workingDays: WorkingDays,
  today: IsoDate,
): Regrade {
  assertOpen(state);
  const to = levelDefinition(catalogue, input.level).level;
  if (to === state.level)
    throw invalid("level", {
      da: `sagen er allerede på niveau ${to}`,
      en: `the case is already at level ${to}`,
    });
  const reason = requiredReason(input.reason);
  notInFuture(input.on, today, "on");
  notBeforeOpening(state, input.on, "on");
  return {
    from: state.level,
    to,
    direction: to > state.level ? "escalation" : "de-escalation",
    reason,
    on: input.on,
    lapsedActionIds: state.actions.filter((a) => a.status === "open").map((a) => a.id),
    actions: requiredActions(catalogue, to, input.on, workingDays),
  };
}

export function completeAction(
  state: CaseState,
  actionId: number,
  completedOn: IsoDate,
  today: IsoDate,
): CaseAction {
  assertOpen(state);
  const action = state.actions.find((a) => a.id === actionId);
  if (action === undefined) {
    throw new DomainError(
      "not_found",
      { da: `Handling ${actionId} findes ikke på sagen`, en: `The case has no action ${actionId}` },
      [
        {
          field: "actionId",
          message: `ingen handling med id ${actionId}`,
          en: `no action with id ${actionId}`,
        },
      ],
    );
  }
  if (action.status !== "open") {
    throw new DomainError("conflict", { da: "Handlingen er ikke åben", en: "The action is not open" }, [
      action.status === "completed"
        ? { field: "actionId", message: "allerede udført", en: "already completed" }
        : { field: "actionId", message: "bortfaldet", en: "lapsed" },
    ]);
  }
  notInFuture(completedOn, today, "completedOn");
  notBeforeOpening(state, completedOn, "completedOn");
  return { ...action, status: "completed", completedOn };
}

export interface Closing {
  readonly closedOn: IsoDate;
  readonly reason: string;
  readonly lapsedActionIds: readonly number[];
}

export function closeCase(
  state: CaseState,
  input: { readonly reason: string; readonly closedOn: IsoDate },
  today: IsoDate,
): Closing {
  assertOpen(state);
  const reason = requiredReason(input.reason);
  notInFuture(input.closedOn, today, "closedOn");
  notBeforeOpening(state, input.closedOn, "closedOn");
  return {
    closedOn: input.closedOn,
    reason,
    lapsedActionIds: state.actions.filter((a) => a.status === "open").map((a) => a.id),
  };
}
