import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Answer, ListKind } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { SelectField, TextField } from "../../components/fields.tsx";
import { formatDate, formatNumber } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { defaultListDate, useFactsOverview } from "./useFactsOverview.ts";

type Watch = Answer<"/api/areas/watch">;
type WatchedArea = Watch["areas"][number];
type WatchedList = Watch["lists"][number];

const KINDS: Record<ListKind, true> = {
  combined_letting: true,
  vulnerable_areas: true,
  copenhagen_typology: true,
};

/** "37 %", "under 1 %", "over 99 %": a share of draws is an estimate, never exactly 0 or 1. */
function percent(p: number): string {
  if (p < 0.005) return "< 1 %";
  if (p > 0.995) return "> 99 %";
  return `${formatNumber(p * 100)} %`;
}

/** The probability as a short bar beside its number; the number is what is read. */
function Chance({ p, leaving }: { readonly p: number; readonly leaving: boolean }) {
  const width = Math.round(Math.max(0, Math.min(1, p)) * 100);
  const colour = leaving ? "#008139" : p >= 0.5 ? "#b51d09" : p >= 0.1 ? "#c27c00" : "#0059b3";
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: "0.5rem", whiteSpace: "nowrap" }}>
      <span
        aria-hidden="true"
        style={{ display: "inline-block", width: 80, height: 10, background: "#e6e6e6", borderRadius: 2 }}
      >
        <span
          style={{
            display: "block",
            width: `${width}%`,
            height: "100%",
            background: colour,
            borderRadius: 2,
          }}
        />
      </span>
      <strong>{percent(p)}</strong>
    </span>
  );
}

/** The nearest threshold in words; every threshold behind a disclosure, so the table stays short. */
function Distances({ area }: { readonly area: WatchedArea }) {
  const { t } = useTranslation();
  const block = area.distances.at(-1);
  const criteria = (block?.criteria ?? []).filter((c) => !c.derived);
  return (
    <>
      <span>{area.nearest?.text ?? "–"}</span>
      {criteria.length > 0 ? (
        <details>
          <summary>{t("areasWatch.allThresholds", { count: criteria.length })}</summary>
          <ul style={{ margin: 0, paddingLeft: "1.25rem" }}>
            {criteria.map((c) => (
              <li key={c.criterionId}>
                {c.label}: <strong>{c.text}</strong> ({c.met ? t("areas.met") : t("areas.notMet")})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

function AreaRows({ areas, leaving }: { readonly areas: readonly WatchedArea[]; readonly leaving: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {areas.map((a) => (
        <tr key={`${a.listKind}-${a.areaId}`}>
          <th scope="row" style={{ whiteSpace: "nowrap" }}>
            {a.areaName}
          </th>
          <td>
            {a.probability === null ? (
              <span>{a.reason ?? t("areasWatch.notAssessable")}</span>
            ) : (
              <Chance p={leaving ? 1 - a.probability : a.probability} leaving={false} />
            )}
          </td>
          <td>
            <Distances area={a} />
          </td>
          <td>
            {a.outcome === undefined
              ? "–"
              : a.outcome.listed
                ? t("areasWatch.outcomeOn")
                : t("areasWatch.outcomeOff")}
          </td>
        </tr>
      ))}
    </>
  );
}

function ListSection({
  list,
  areas,
}: {
  readonly list: WatchedList;
  readonly areas: readonly WatchedArea[];
}) {
  const { t } = useTranslation();
  const unlisted = areas.filter((a) => a.listedNow !== true);
  const listed = areas.filter((a) => a.listedNow === true);
  const table = (rows: readonly WatchedArea[], leaving: boolean, caption: string, id: string) => (
    <div className="table--responsive-scroll mt-5">
      <table className="table table--zebra table--compact" data-testid={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("areas.area")}</th>
            <th scope="col">{leaving ? t("areasWatch.chanceLeaving") : t("areasWatch.chanceListing")}</th>
            <th scope="col">{t("areasWatch.nearest")}</th>
            <th scope="col">{t("areasWatch.outcome")}</th>
          </tr>
        </thead>
        <tbody>
          <AreaRows areas={rows} leaving={leaving} />
        </tbody>
      </table>
    </div>
  );
  return (
    <section className="mt-7">
      <h3>{t(`areas.listKinds.${list.listKind}`)}</h3>
      <p>
        {list.current
          ? t("areasWatch.current", {
              version: list.current.ruleVersionName,
              date: formatDate(list.current.effectiveDate),
              factsYear: list.current.factsYear,
            })
          : t("areasWatch.noCurrent")}
        <br />
        {list.next
          ? t("areasWatch.next", {
              date: formatDate(list.next.effectiveDate),
              version: list.next.ruleVersionName,
              factsYear: list.next.factsYear,
              knownYear: list.knownFactsYear,
            })
          : t("areasWatch.noNext")}
      </p>
      {list.notes.slice(1).map((note) => (
        <div key={note} className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-text">{note}</p>
          </div>
        </div>
      ))}
      {table(
        unlisted,
        false,
        t("areasWatch.unlistedCaption", { count: unlisted.length }),
        `watch-unlisted-${list.listKind}`,
      )}
      {listed.length > 0
        ? table(
            listed,
            true,
            t("areasWatch.listedCaption", { count: listed.length }),
            `watch-listed-${list.listKind}`,
          )
        : null}
    </section>
  );
}

/** "Tidlig varsling": how close each area is to the lists' thresholds, and its chance of the next list. */
export function WatchPage() {
  const { t } = useTranslation();
  const overview = useFactsOverview();
  const [date, setDate] = useState("");
  const [listKind, setListKind] = useState<ListKind | "">("");
  useEffect(() => {
    if (date === "" && overview.data !== undefined) setDate(defaultListDate(overview.data));
  }, [date, overview.data]);
  const { data, error, loading } = useApi(
    "/api/areas/watch",
    date === ""
      ? null
      : { params: { query: { rules: date, ...(listKind === "" ? {} : { list: listKind }) } } },
  );
  return (
    <>
      <h2>{t("areasWatch.title")}</h2>
      <p>{t("areasWatch.intro")}</p>
      <div className="row">
        <div className="col-12 col-md-4">
          <TextField
            id="watch-date"
            type="date"
            width="input-width-s"
            label={t("areas.date")}
            value={date}
            onChange={setDate}
          />
        </div>
        <div className="col-12 col-md-6">
          <SelectField
            id="watch-list"
            label={t("areas.listKind")}
            width="input-width-xl"
            value={listKind}
            onChange={(v) => setListKind(v as ListKind | "")}
          >
            <option value="">{t("areasWatch.allLists")}</option>
            {(Object.keys(KINDS) as ListKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {t(`areas.listKinds.${kind}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <ErrorAlert error={overview.error ?? error} />
      {loading ? <p>{t("areasWatch.computing")}</p> : null}
      {data && !loading ? (
        <>
          {data.notes.map((note) => (
            <div key={note} className="alert alert-info mt-5" role="status">
              <div className="alert-body">
                <p className="alert-text">{note}</p>
              </div>
            </div>
          ))}
          {data.lists.map((list) => (
            <ListSection
              key={list.listKind}
              list={list}
              areas={data.areas.filter((a) => a.listKind === list.listKind)}
            />
          ))}
        </>
      ) : null}
      <section className="mt-8" data-testid="watch-help">
        <h3>{t("areasWatch.help.title")}</h3>
        <p>{t("areasWatch.help.distances")}</p>
        <p>{t("areasWatch.help.method", { draws: formatNumber(data?.draws ?? 1000) })}</p>
        <p>{t("areasWatch.help.limits")}</p>
        <p>
          <strong>{t("areasWatch.help.notDecision")}</strong>
        </p>
      </section>
    </>
  );
}
