import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatMillions, millionsForInput, parseMillions } from "./format.ts";
import type { BudgetTable } from "./types.ts";

type CellKind = "amount" | "dash" | "blank";

function Saved({ message }: { readonly message: string | null }) {
  return (
    <div role="status">
      {message !== null ? (
        <div className="alert alert-success mt-4">
          <div className="alert-body">
            <p className="alert-text">{message}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** Millions typed the Danish way, with the form error DKFDS shows under a field. */
function MillionsInput({
  id,
  label,
  hint,
  value,
  error,
  disabled,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly error: string | null;
  readonly disabled?: boolean;
  onChange(value: string): void;
}) {
  return (
    <div className={`form-group${error !== null ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {hint}
      </span>
      {error !== null ? (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        className="form-input input-width-s"
        value={value}
        disabled={disabled}
        aria-invalid={error !== null ? true : undefined}
        aria-describedby={`${id}-hint${error !== null ? ` ${id}-error` : ""}`}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

/** One year cell of a line: an amount in millions, a dash, or blank. */
export function CellEditForm({
  roundId,
  tables,
  onSaved,
}: {
  readonly roundId: number;
  readonly tables: readonly BudgetTable[];
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [tableId, setTableId] = useState(tables[0]?.id ?? "");
  const table = tables.find((tb) => tb.id === tableId) ?? tables[0];
  const [lineId, setLineId] = useState(table?.lines[0]?.id ?? "");
  const line = table?.lines.find((l) => l.id === lineId) ?? table?.lines[0];
  const [year, setYear] = useState<number>(table?.years[0] ?? 0);
  const [kind, setKind] = useState<CellKind>("amount");
  const [amount, setAmount] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Show what the cell holds now whenever another cell is chosen (or the table is reloaded).
  const current = line?.cells[String(year)] ?? { kind: "blank" as const };
  const currentKey = JSON.stringify(current);
  // biome-ignore lint/correctness/useExhaustiveDependencies: currentKey stands for current
  useEffect(() => {
    setKind(current.kind);
    setAmount(current.kind === "amount" ? millionsForInput(current.amount) : "");
    setInputError(null);
  }, [currentKey]);

  if (table === undefined || line === undefined) return null;

  return (
    <form
      className="budget-cell-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(null);
        setError(undefined);
        let cell: { kind: "amount"; amount: number } | { kind: "dash" } | { kind: "blank" };
        if (kind === "amount") {
          const kroner = parseMillions(amount);
          if (kroner === null) {
            setInputError(t("policy.budget.amountInvalid"));
            return;
          }
          cell = { kind: "amount", amount: kroner };
        } else {
          cell = { kind };
        }
        setInputError(null);
        setBusy(true);
        try {
          await api("PUT", `/api/policy/rounds/${roundId}/budget/${table.id}/${line.id}/${year}`, { cell });
          setSaved(
            t("policy.budget.cellSaved", {
              line: line.label,
              year,
              value:
                cell.kind === "amount"
                  ? t("policy.budget.millions", { value: formatMillions(cell.amount) })
                  : t(`policy.budget.kind.${cell.kind}`),
            }),
          );
          onSaved();
        } catch (err) {
          setError(err instanceof Error ? err : new Error(String(err)));
        } finally {
          setBusy(false);
        }
      }}
    >
      <ErrorAlert error={error} />
      <div className="d-flex flex-wrap align-items-end">
        <div className="form-group mr-5">
          <label className="form-label" htmlFor={`${id}-table`}>
            {t("policy.budget.table")}
          </label>
          <select
            id={`${id}-table`}
            className="form-select"
            value={table.id}
            onChange={(e) => {
              const next = tables.find((tb) => tb.id === e.target.value);
              setTableId(e.target.value);
              setLineId(next?.lines[0]?.id ?? "");
              setYear(next?.years[0] ?? 0);
            }}
          >
            {tables.map((tb) => (
              <option key={tb.id} value={tb.id}>
                {tb.title}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group mr-5">
          <label className="form-label" htmlFor={`${id}-line`}>
            {t("policy.budget.line")}
          </label>
          <select
            id={`${id}-line`}
            className="form-select"
            value={line.id}
            onChange={(e) => setLineId(e.target.value)}
          >
            {table.lines.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group mr-5">
          <label className="form-label" htmlFor={`${id}-year`}>
            {t("policy.budget.year")}
          </label>
          <select
            id={`${id}-year`}
            className="form-select input-width-xs"
            value={year}
            onChange={(e) => setYear(Number(e.target.value))}
          >
            {table.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="mt-5">
        <legend className="form-label">{t("policy.budget.content")}</legend>
        {(["amount", "dash", "blank"] as const).map((k) => (
          <div className="form-group-radio" key={k}>
            <input
              type="radio"
              className="form-radio"
              id={`${id}-kind-${k}`}
              name={`${id}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            <label className="form-label" htmlFor={`${id}-kind-${k}`}>
              {t(`policy.budget.kindOption.${k}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {kind === "amount" ? (
        <MillionsInput
          id={`${id}-amount`}
          label={t("policy.budget.amount")}
          hint={t("policy.budget.amountHint")}
          value={amount}
          error={inputError}
          onChange={setAmount}
        />
      ) : null}
      <button type="submit" className="button button-primary mt-5" disabled={busy}>
        {t("policy.budget.saveCell")}
      </button>
      <Saved message={saved} />
    </form>
  );
}

type TotalTarget = `line:${string}` | `year:${number}` | "grand";

/** A total as the report states it (kept apart from what udsyn computes, so the two can be compared). */
export function StatedTotalForm({
  roundId,
  tables,
  onSaved,
}: {
  readonly roundId: number;
  readonly tables: readonly BudgetTable[];
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [tableId, setTableId] = useState(tables[0]?.id ?? "");
  const table = tables.find((tb) => tb.id === tableId) ?? tables[0];
  const [target, setTarget] = useState<TotalTarget>("grand");
  const [amount, setAmount] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const stated = (() => {
    if (table === undefined) return null;
    if (target === "grand") return table.statedGrandTotal;
    if (target.startsWith("line:"))
      return table.lines.find((l) => `line:${l.id}` === target)?.statedTotal ?? null;
    return table.statedYearTotals[target.slice("year:".length)] ?? null;
  })();
  const statedKey = JSON.stringify(stated);
  // biome-ignore lint/correctness/useExhaustiveDependencies: statedKey stands for stated
  useEffect(() => {
    setAmount(stated === null ? "" : millionsForInput(stated.amount));
    setInputError(null);
  }, [statedKey]);

  if (table === undefined) return null;
  const targetLabel = (value: TotalTarget): string => {
    if (value === "grand") return t("policy.budget.totalGrand");
    if (value.startsWith("line:")) {
      return t("policy.budget.totalLine", {
        label: table.lines.find((l) => `line:${l.id}` === value)?.label,
      });
    }
    return t("policy.budget.totalYear", { year: value.slice("year:".length) });
  };

  return (
    <form
      className="budget-total-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(null);
        setError(undefined);
        const kroner = amount.trim() === "" ? null : parseMillions(amount);
        if (amount.trim() !== "" && kroner === null) {
          setInputError(t("policy.budget.amountInvalid"));
          return;
        }
        setInputError(null);
        const where = target.startsWith("line:")
          ? { lineId: target.slice("line:".length) }
          : target.startsWith("year:")
            ? { year: Number(target.slice("year:".length)) }
            : {};
        setBusy(true);
        try {
          await api("PUT", `/api/policy/rounds/${roundId}/budget/${table.id}/stated-total`, {
            ...where,
            amount: kroner,
          });
          setSaved(
            t("policy.budget.totalSaved", {
              target: targetLabel(target),
              value:
                kroner === null
                  ? t("policy.budget.noStated")
                  : t("policy.budget.millions", { value: formatMillions(kroner) }),
            }),
          );
          onSaved();
        } catch (err) {
          setError(err instanceof Error ? err : new Error(String(err)));
        } finally {
          setBusy(false);
        }
      }}
    >
      <ErrorAlert error={error} />
      <div className="d-flex flex-wrap align-items-end">
        <div className="form-group mr-5">
          <label className="form-label" htmlFor={`${id}-table`}>
            {t("policy.budget.table")}
          </label>
          <select
            id={`${id}-table`}
            className="form-select"
            value={table.id}
            onChange={(e) => {
              setTableId(e.target.value);
              setTarget("grand");
            }}
          >
            {tables.map((tb) => (
              <option key={tb.id} value={tb.id}>
                {tb.title}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group mr-5">
          <label className="form-label" htmlFor={`${id}-target`}>
            {t("policy.budget.total")}
          </label>
          <select
            id={`${id}-target`}
            className="form-select"
            value={target}
            onChange={(e) => setTarget(e.target.value as TotalTarget)}
          >
            <option value="grand">{targetLabel("grand")}</option>
            {table.years.map((y) => (
              <option key={y} value={`year:${y}`}>
                {targetLabel(`year:${y}`)}
              </option>
            ))}
            {table.lines.map((l) => (
              <option key={l.id} value={`line:${l.id}`}>
                {targetLabel(`line:${l.id}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <MillionsInput
        id={`${id}-amount`}
        label={t("policy.budget.statedAmount")}
        hint={t("policy.budget.statedHint")}
        value={amount}
        error={inputError}
        onChange={setAmount}
      />
      <button type="submit" className="button button-primary mt-5" disabled={busy}>
        {t("policy.budget.saveTotal")}
      </button>
      <Saved message={saved} />
    </form>
  );
}
