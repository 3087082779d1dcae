import type { ReactNode } from "react";

export interface Fact {
  readonly label: string;
  readonly value: ReactNode;
}

/**
 * Label/value pairs as a DKFDS structured list: a table with row headers, its caption for screen
 * readers (the heading above already says it to the eye), labels in the first third.
 */
export function FactTable({
  caption,
  facts,
  testId,
}: {
  readonly caption: string;
  readonly facts: readonly (Fact | null)[];
  readonly testId?: string;
}) {
  return (
    <div className="table--responsive-scroll">
      <table className="table structured-list table--compact" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          <col style={{ width: "30%" }} />
          <col />
        </colgroup>
        <tbody>
          {facts.map((fact) =>
            fact === null ? null : (
              <tr key={fact.label}>
                <th scope="row">{fact.label}</th>
                <td>{fact.value}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
