import type { TFunction } from "i18next";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { isEditable } from "../../../../src/domain/policy/report/round-workflow.ts";
import type { Initiative, RichText, TargetGroup } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { SelectField, TextField } from "../../components/fields.tsx";
import { InitiativeAddForm } from "./InitiativeEditors.tsx";
import { RoundPicker } from "./RoundPicker.tsx";
import { useCanEdit, useRoundDetail, useRoundSelection } from "./round.ts";

/** Filter keys in the query, beside the round's, so a filtered list can be linked to. */
const FILTER = { committee: "ansvarlig", goal: "maal", age: "alder", kind: "skema", text: "soeg" } as const;
type FilterKey = keyof typeof FILTER;

/** The target group's ages: `15–17`, `op til 23`, `18 og derover`; empty when the schema gives none. */
export function ageText(group: TargetGroup | null, t: TFunction): string {
  if (group === null || (group.ageMin === null && group.ageMax === null)) return "";
  if (group.ageMin === null) return t("policy.age.upTo", { max: group.ageMax });
  if (group.ageMax === null) return t("policy.age.from", { min: group.ageMin });
  return t("policy.age.range", { min: group.ageMin, max: group.ageMax });
}

function coversAge(group: TargetGroup | null, age: number): boolean {
  if (group === null || (group.ageMin === null && group.ageMax === null)) return false;
  return (group.ageMin ?? 0) <= age && age <= (group.ageMax ?? 120);
}

function plain(text: RichText): string {
  return text.map((block) => (block.kind === "paragraph" ? block.text : block.items.join(" "))).join(" ");
}

function searchableText(initiative: Initiative): string {
  return [initiative.name, ...Object.values(initiative.statusReport.fields).map(plain)]
    .join(" ")
    .toLocaleLowerCase("da-DK");
}

export function InitiativeListPage() {
  const { t } = useTranslation();
  const id = useId();
  const selection = useRoundSelection();
  const { selected } = selection;
  const round = useRoundDetail(selected);
  const canEdit = useCanEdit();
  const [params, setParams] = useSearchParams();
  const filter = (key: FilterKey) => params.get(FILTER[key]) ?? "";
  const setFilter = (key: FilterKey, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === "") next.delete(FILTER[key]);
        else next.set(FILTER[key], value);
        return next;
      },
      { replace: true },
    );

  const content = round.data?.content;
  const initiatives = content?.initiatives ?? [];
  const committees = [...new Set(initiatives.map((i) => i.committeeCode))].sort();
  const goals = content?.goals ?? [];
  const age = /^\d{1,3}$/.test(filter("age")) ? Number(filter("age")) : undefined;
  const text = filter("text").trim().toLocaleLowerCase("da-DK");
  const shown = initiatives.filter(
    (i) =>
      (filter("committee") === "" || i.committeeCode === filter("committee")) &&
      (filter("goal") === "" ||
        (filter("goal") === "none"
          ? i.goalLinks.length === 0
          : i.goalLinks.some((l) => l.goalCode === filter("goal")))) &&
      (age === undefined || coversAge(i.statusReport.targetGroup, age)) &&
      (filter("kind") === "" || i.statusReport.kind === filter("kind")) &&
      (text === "" || searchableText(i).includes(text)),
  );
  const nameOf = (code: string) => selection.organisations.find((o) => o.code === code)?.name ?? code;

  return (
    <>
      <h1>{t("nav.initiatives")}</h1>
      <p className="font-lead">{t("policy.initiatives.intro")}</p>
      <RoundPicker selection={selection} />
      <ErrorAlert error={round.error} />
      {round.loading && content === undefined ? <p>{t("loading")}</p> : null}
      {content !== undefined ? (
        <>
          <form className="initiative-filters mb-6" onSubmit={(e) => e.preventDefault()}>
            <h2 className="h3">{t("policy.initiatives.filters")}</h2>
            <div className="d-flex flex-wrap align-items-end">
              <SelectField
                id={`${id}-committee`}
                groupClassName="form-group mr-5"
                label={t("policy.initiatives.committee")}
                value={filter("committee")}
                onChange={(value) => setFilter("committee", value)}
              >
                <option value="">{t("policy.initiatives.all")}</option>
                {committees.map((code) => (
                  <option key={code} value={code}>
                    {nameOf(code)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                id={`${id}-goal`}
                groupClassName="form-group mr-5"
                label={t("policy.initiatives.goal")}
                value={filter("goal")}
                onChange={(value) => setFilter("goal", value)}
              >
                <option value="">{t("policy.initiatives.all")}</option>
                {goals.map((g) => (
                  <option key={g.code} value={g.code}>
                    {t("policy.goals.heading", { code: g.code })}
                  </option>
                ))}
                <option value="none">{t("policy.initiatives.noGoal")}</option>
              </SelectField>
              <TextField
                id={`${id}-age`}
                groupClassName="form-group mr-5"
                label={t("policy.initiatives.age")}
                width="input-width-xs"
                inputMode="numeric"
                pattern="[0-9]*"
                value={filter("age")}
                onChange={(value) => setFilter("age", value)}
              />
              <SelectField
                id={`${id}-kind`}
                groupClassName="form-group mr-5"
                label={t("policy.initiatives.kind")}
                value={filter("kind")}
                onChange={(value) => setFilter("kind", value)}
              >
                <option value="">{t("policy.initiatives.all")}</option>
                <option value="serving_goals">{t("policy.schemaKind.serving_goals")}</option>
                <option value="beyond_goals">{t("policy.schemaKind.beyond_goals")}</option>
              </SelectField>
              <TextField
                id={`${id}-text`}
                groupClassName="form-group mr-5"
                label={t("policy.initiatives.search")}
                type="search"
                width="input-width-l"
                value={filter("text")}
                onChange={(value) => setFilter("text", value)}
              />
            </div>
          </form>
          <p aria-live="polite" data-testid="initiative-count">
            {t("policy.initiatives.count", { shown: shown.length, total: initiatives.length })}
          </p>
          <div className="table--responsive-scroll">
            <table className="table table--zebra" data-testid="initiative-table">
              <caption>
                {t("policy.initiatives.caption", { committee: content.committeeCode, year: content.year })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("policy.initiatives.name")}</th>
                  <th scope="col">{t("policy.initiatives.goals")}</th>
                  <th scope="col">{t("policy.initiatives.targetAge")}</th>
                  <th scope="col">{t("policy.initiatives.kind")}</th>
                  <th scope="col">{t("policy.initiatives.committee")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((initiative) => (
                  <tr key={initiative.id}>
                    <th scope="row">
                      <Link to={`/indsatser/${initiative.id}?${selection.query}`} lang="da">
                        {initiative.name}
                      </Link>
                      {initiative.isNew ? (
                        <>
                          {" "}
                          <span className="badge badge-info">{t("policy.initiatives.new")}</span>
                        </>
                      ) : null}
                    </th>
                    <td>
                      {initiative.goalLinks.length === 0
                        ? "–"
                        : initiative.goalLinks.map((l) => l.goalCode).join(", ")}
                    </td>
                    <td>{ageText(initiative.statusReport.targetGroup, t) || "–"}</td>
                    <td>{t(`policy.schemaKind.${initiative.statusReport.kind}`)}</td>
                    <td>{initiative.committeeCode}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.length === 0 ? <p>{t("policy.initiatives.noneMatch")}</p> : null}
          {canEdit && round.data !== undefined && isEditable(round.data.status) ? (
            <>
              <h2 className="mt-8">{t("policy.secretary.initiative.addHeading")}</h2>
              <InitiativeAddForm detail={round.data} onSaved={round.reload} />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
