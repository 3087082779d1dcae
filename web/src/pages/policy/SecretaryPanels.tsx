import { useEffect, useId } from "react";
import { useTranslation } from "react-i18next";
import { roundChecklist } from "../../../../src/domain/policy/report/round-checklist.ts";
import type { RoundDetail } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDateTime } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { FixLink } from "./findings.tsx";
import { usePartEdit } from "./PartEditors.tsx";
import { type RoundName, roundParams } from "./round.ts";

/**
 * What a roll-forward left for the secretary, item by item, each with a link to the field; a text
 * that rightly names the old year can be kept as it stands. Shrinks as the fields are fixed.
 */
export function RoundChecklist({
  detail,
  query,
  canEdit,
  onSaved,
}: {
  readonly detail: RoundDetail;
  readonly query: string;
  readonly canEdit: boolean;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const items = roundChecklist(detail.content);
  const { busy, error, save } = usePartEdit(detail, onSaved);
  return (
    <section aria-labelledby={`${id}-h`} data-testid="checklist">
      <h2 id={`${id}-h`}>{t("policy.secretary.checklist.heading")}</h2>
      <p>{t("policy.secretary.checklist.intro")}</p>
      <p data-testid="checklist-count">
        <strong>
          {items.length === 0
            ? t("policy.secretary.checklist.none")
            : t("policy.secretary.checklist.count", { count: items.length })}
        </strong>
      </p>
      <ErrorAlert error={error} />
      {items.length > 0 ? (
        <ul className="checklist">
          {items.map((item) => (
            <li key={item.key} className="mb-3" data-key={item.key}>
              <span lang="da">{item.message}</span>{" "}
              <span className="d-inline-flex flex-wrap">
                <FixLink location={item.location} query={query} />
                {canEdit && item.reason === "old_year" ? (
                  <button
                    type="button"
                    className="button button-unstyled ml-4 mt-2"
                    disabled={busy}
                    onClick={() => void save({ part: "review", key: item.key })}
                  >
                    {t("policy.secretary.checklist.keep")}
                  </button>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** Who moved the round when, with their comment; and who has written on it (four eyes). */
export function RoundHistory({
  round,
  reloadKey,
}: {
  readonly round: RoundName;
  readonly reloadKey: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const history = useApi("/api/policy/rounds/{committee}/{year}/history", roundParams(round));
  const { reload } = history;
  // `reloadKey` (status and revision) changes with each step taken on the page: the history follows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadKey is the trigger
  useEffect(() => reload(), [reloadKey, reload]);
  const events = history.data?.events ?? [];
  const status = (s: string) => t(`policy.roundStatus.${s}`);
  return (
    <section aria-labelledby={`${id}-h`} data-testid="history">
      <h2 id={`${id}-h`}>{t("policy.secretary.history.heading")}</h2>
      <ErrorAlert error={history.error} />
      {history.data !== undefined && events.length === 0 ? <p>{t("policy.secretary.history.none")}</p> : null}
      {events.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">{t("policy.secretary.history.heading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("policy.secretary.history.when")}</th>
                <th scope="col">{t("policy.secretary.history.who")}</th>
                <th scope="col">{t("policy.secretary.history.what")}</th>
                <th scope="col">{t("policy.secretary.history.comment")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: events have no id of their own on the page
                <tr key={index}>
                  <td>{formatDateTime(new Date(e.at))}</td>
                  <td>{e.actorName}</td>
                  <td>
                    {e.from === null
                      ? `${t("policy.secretary.history.created")}: ${status(e.to)}`
                      : t("policy.secretary.history.moved", { from: status(e.from), to: status(e.to) })}
                  </td>
                  <td lang="da">{e.comment ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {history.data !== undefined && history.data.drafters.length > 0 ? (
        <p data-testid="drafters">
          {t("policy.secretary.history.drafters", { names: history.data.drafters.join(", ") })}{" "}
          {t("policy.secretary.history.fourEyes")}
        </p>
      ) : null}
    </section>
  );
}
