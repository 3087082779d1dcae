import { DomainError } from "../errors.ts";
import type { ParameterSet } from "../law/parameter.ts";
import { entryOn, type ParameterUse } from "../law/value-on.ts";
import type { AreaDesignation, CombinedLettingApplication } from "./combined-letting-application.ts";
import { type CombinedLettingDecision, decideCombinedLetting } from "./decide-combined-letting.ts";
import { decisionRuleVersionById } from "./decision-rule-versions.ts";
import {
  decideRelocationGrant,
  type RelocationGrantApplication,
  type RelocationGrantDecision,
} from "./relocation-grant.ts";

/**
 * Replays a stored decision with today's parameters: is it reproduced, and if not, which
 * parameter values (as written in the YAML files) differ and what would the result be now?
 * A decision stores its rule version, its exact input, its result and the parameters it used.
 */
export interface StoredDecision {
  readonly kind?: "combined_letting" | "relocation_grant";
  readonly ruleVersionId: string;
  readonly inputFacts: unknown;
  readonly result: string;
  readonly parametersUsed: readonly Pick<ParameterUse, "id" | "value">[];
}

export interface ChangedParameter {
  readonly id: string;
  readonly storedValue: unknown;
  readonly currentValue: unknown;
}

export type ReplayOutcome =
  | { readonly kind: "identical"; readonly result: string; readonly ruleVersionId: string }
  | {
      readonly kind: "different";
      readonly changedParameters: readonly ChangedParameter[];
      readonly ruleVersionChanged: boolean;
      readonly storedResult: string;
      readonly newResult: string;
      readonly resultChanged: boolean;
      readonly newDecision: CombinedLettingDecision | RelocationGrantDecision;
    };

export function toStoredDecision(
  decision: CombinedLettingDecision | RelocationGrantDecision,
): Required<StoredDecision> {
  return {
    kind: decision.kind,
    ruleVersionId: decision.ruleVersion.id,
    inputFacts: decision.input,
    result: decision.result,
    parametersUsed: decision.parametersUsed.map(({ id, value }) => ({ id, value })),
  };
}

function rerun(
  stored: StoredDecision,
  params: ParameterSet,
): CombinedLettingDecision | RelocationGrantDecision {
  const kind = stored.kind ?? decisionRuleVersionById(stored.ruleVersionId).decision;
  if (kind === "combined_letting") {
    const input = stored.inputFacts as {
      application: CombinedLettingApplication;
      designation: AreaDesignation;
    };
    return decideCombinedLetting(input.application, params, input.designation);
  }
  if (kind === "relocation_grant") {
    return decideRelocationGrant(
      (stored.inputFacts as { application: RelocationGrantApplication }).application,
      params,
    );
  }
  throw new DomainError(
    "invalid_input",
    {
      da: `Afgørelser af typen ${kind} kan ikke genafspilles`,
      en: `Decisions of the kind ${kind} cannot be replayed`,
    },
    [{ field: "kind", message: String(kind) }],
  );
}

/** JSON with object keys sorted: a decision read back from jsonb has its keys reordered. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * A stored parameter "changed" when its value on the decision's date differs today, whether or
 * not the new run reads it (a changed result can make a rule read fewer or more parameters).
 */
export function replayDecision(stored: StoredDecision, paramsNow: ParameterSet): ReplayOutcome {
  const now = rerun(stored, paramsNow);
  const date = (stored.inputFacts as { application: { applicationDate: string } }).application
    .applicationDate;
  const currentValue = (id: string) => {
    const parameter = paramsNow.parameters.get(id);
    return (parameter && entryOn(parameter, date)?.raw) ?? null;
  };
  const changedParameters = stored.parametersUsed
    .filter((u) => !same(u.value, currentValue(u.id)))
    .map((u) => ({ id: u.id, storedValue: u.value, currentValue: currentValue(u.id) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const ruleVersionChanged = now.ruleVersion.id !== stored.ruleVersionId;
  const resultChanged = now.result !== stored.result;
  if (changedParameters.length === 0 && !ruleVersionChanged && !resultChanged) {
    return { kind: "identical", result: stored.result, ruleVersionId: stored.ruleVersionId };
  }
  return {
    kind: "different",
    changedParameters,
    ruleVersionChanged,
    storedResult: stored.result,
    newResult: now.result,
    resultChanged,
    newDecision: now,
  };
}
