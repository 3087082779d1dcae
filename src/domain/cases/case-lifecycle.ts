import { DomainError } from "../errors.ts";
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

function invalid(field: string, message: string, summary = message): DomainError {
  return new DomainError("invalid_input", summary.charAt(0).toUpperCase() + summary.slice(1), [
    { field, message },
  ]);
}

/** A date a caseworker gives (opened, re-graded, completed, closed, assessed) may not lie after today. */
export function notInFuture(date: IsoDate, today: IsoDate, field: string): void {
  if (date > today) throw invalid(field, `datoen ${date} ligger efter i dag (${today})`);
}

function requiredReason(reason: string, field = "reason"): string {
  const trimmed = reason.trim();
  if (trimmed === "") throw invalid(field, "en begrundelse skal angives");
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
    throw new DomainError("conflict", "Sagen er lukket", [
      { field: "case", message: `lukket ${state.closedOn}` },
    ]);
  }
}

function notBeforeOpening(state: CaseState, date: IsoDate, field: string): void {
  if (date < state.openedOn) {
    throw invalid(field, `datoen ${date} ligger før sagen blev oprettet (${state.openedOn})`);
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
  if (to === state.level) throw invalid("level", `sagen er allerede på niveau ${to}`);
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
    throw new DomainError("not_found", `Handling ${actionId} findes ikke på sagen`, [
      { field: "actionId", message: `ingen handling med id ${actionId}` },
    ]);
  }
  if (action.status !== "open") {
    throw new DomainError("conflict", "Handlingen er ikke åben", [
      { field: "actionId", message: action.status === "completed" ? "allerede udført" : "bortfaldet" },
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
