import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { BudgetTable, Finding, ReportingRound, RoundDetail, TableView } from "../../api-types.ts";
import { BudgetCellEditor } from "./BudgetCellEditor.tsx";
import { describeLocation, SeverityBadge } from "./findings.tsx";

/** `I alt` is how the API names the total row and column of a table in a finding's location. */
export const TOTAL_KEY = "I alt";

export function findingAnchor(number: number): string {
  return `oekonomi-fund-${number}`;
}

/** Which budget line each row of the view shows (the view lists each line, then its sub-lines, then I alt). */
function rowKeys(table: BudgetTable, view: TableView): (string | null)[] {
  let line = -1;
  return view.rows.map((row) => {
    if (row.emphasis === "total") return TOTAL_KEY;
    if (row.emphasis === "sub") return null;
    line += 1;
    return table.lines[line]?.id ?? null;
  });
}

function columnKeys(table: BudgetTable, view: TableView): (string | null)[] {
  return view.columns.map((_, index) => {
    if (index === 0) return null;
    const year = table.years[index - 1];
    return year === undefined ? TOTAL_KEY : String(year);
  });
}

function Marker({ finding, number }: { readonly finding: Finding; readonly number: number }) {
  const { t, i18n } = useTranslation();
  return (
    <a
      lang={i18n.language}
      href={`#${findingAnchor(number)}`}
      className="finding-marker ml-2"
      data-finding={finding.ruleId}
      title={finding.message}
    >
      <SeverityBadge
        severity={finding.severity}
        label={t("policy.budget.marker", { severity: t(`policy.severity.${finding.severity}`), number })}
      />
    </a>
  );
}

/**
 * One overview table as the API computes it: caption, column and row headers, right-aligned numbers,
 * the I alt row in bold, footnotes under it. A cell (or a row) a validation finding points at carries a
 * numbered marker that links to the finding's message under the table.
 */
export function BudgetTableSection({
  table,
  view,
  findings,
  numbers,
  round,
  editing,
}: {
  readonly table: BudgetTable;
  readonly view: TableView;
  readonly findings: readonly Finding[];
  /** The page-wide number of each finding. */
  readonly numbers: ReadonlyMap<Finding, number>;
  readonly round: ReportingRound | undefined;
  /** Given when the user may change the round: each line's year cells are edited in place. */
  readonly editing?: { readonly detail: RoundDetail; onSaved(): void } | undefined;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const [questionSlot, setQuestionSlot] = useState<HTMLDivElement | null>(null);
  const rows = rowKeys(table, view);
  const columns = columnKeys(table, view);
  const markersFor = (row: string | null, column: string | null) =>
    row === null
      ? []
      : findings.filter((f) =>
          f.location.row !== row
            ? false
            : column === null
              ? f.location.column === undefined
              : (f.location.column?.split(",") ?? []).includes(column),
        );

  return (
    <div className="budget-table mb-8" data-testid={`budget-${table.id}`}>
      {editing !== undefined ? (
        <p className="form-hint" id={hintId}>
          {t("policy.budget.cellHint")}
        </p>
      ) : null}
      <div className="table--responsive-scroll">
        <table className="table table--compact" id={view.id} lang="da">
          <caption>{view.caption}</caption>
          <thead>
            {view.headerGroups ? (
              <tr>
                {view.headerGroups.map((group) => (
                  <th key={group.label} scope="colgroup" colSpan={group.span}>
                    {group.label}
                  </th>
                ))}
              </tr>
            ) : null}
            <tr>
              {view.columns.map((column) => (
                <th
                  key={column.label}
                  scope="col"
                  className={column.align === "right" ? "align-text-right" : undefined}
                >
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row, rowIndex) => {
              const rowKey = rows[rowIndex] ?? null;
              const total = row.emphasis === "total";
              return (
                <tr
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are the view's, in order
                  key={rowIndex}
                  className={
                    total ? "budget-total-row" : row.emphasis === "sub" ? "budget-sub-row" : undefined
                  }
                  data-line={rowKey ?? undefined}
                  style={total ? { fontWeight: 600, borderTop: "2px solid #1a1a1a" } : undefined}
                >
                  {row.cells.map((cell, cellIndex) => {
                    const markers = markersFor(rowKey, columns[cellIndex] ?? null);
                    const text = (
                      <>
                        {cell.text}
                        {cell.marker ? <sup>{cell.marker}</sup> : null}
                      </>
                    );
                    const links = markers.map((f) => (
                      <Marker key={numbers.get(f)} finding={f} number={numbers.get(f) ?? 0} />
                    ));
                    const body = (
                      <>
                        {text}
                        {links}
                      </>
                    );
                    const line = table.lines.find((l) => l.id === rowKey);
                    const year = Number(columns[cellIndex]);
                    if (editing !== undefined && line !== undefined && table.years.includes(year)) {
                      return (
                        <BudgetCellEditor
                          // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                          key={cellIndex}
                          table={table}
                          line={line}
                          year={year}
                          detail={editing.detail}
                          onSaved={editing.onSaved}
                          hintId={hintId}
                          questionSlot={questionSlot}
                          markers={links}
                        >
                          {text}
                        </BudgetCellEditor>
                      );
                    }
                    if (cellIndex === 0) {
                      return (
                        <th
                          // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                          key={cellIndex}
                          scope="row"
                          className={row.emphasis === "sub" ? "pl-6 weight-normal" : undefined}
                        >
                          {body}
                        </th>
                      );
                    }
                    return (
                      <td
                        // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                        key={cellIndex}
                        className={
                          view.columns[cellIndex]?.align === "right" ? "align-text-right" : undefined
                        }
                        style={{ whiteSpace: "nowrap" }}
                      >
                        {total ? <strong>{body}</strong> : body}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div ref={setQuestionSlot} className="mt-3" />
      {view.footnotes.length > 0 ? (
        <ul className="unstyled-list small-text budget-footnotes mt-3" lang="da">
          {view.footnotes.map((note) => (
            <li key={note.marker} className="mb-2">
              <span className="weight-semibold">{note.marker}</span> {note.text}
            </li>
          ))}
        </ul>
      ) : null}
      {findings.length > 0 ? (
        <>
          <h3 className="h4">
            {t("policy.budget.tableFindings", {
              caption: view.caption.split(".")[0],
              count: findings.length,
            })}
          </h3>
          <ul className="unstyled-list">
            {findings.map((finding) => {
              const number = numbers.get(finding) ?? 0;
              return (
                <li key={number} id={findingAnchor(number)} className="mb-4">
                  <SeverityBadge
                    severity={finding.severity}
                    label={t("policy.budget.marker", {
                      severity: t(`policy.severity.${finding.severity}`),
                      number,
                    })}
                  />{" "}
                  <strong>{describeLocation(finding.location, round, t, { omitTable: true })}</strong>
                  <br />
                  <span lang="da">{finding.message}</span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
