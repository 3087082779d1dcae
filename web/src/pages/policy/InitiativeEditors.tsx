import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { Initiative, RoundDetail } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { CheckboxField, Form, RadioField, TextField } from "../../components/fields.tsx";
import { usePartEdit } from "./PartEditors.tsx";

/** An initiative's id from its name, as the API wants it: `Lektiecafé i Tingbjerg` → `lektiecafe-i-tingbjerg`. */
export function initiativeIdOf(name: string): string {
  return name
    .toLocaleLowerCase("da-DK")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100);
}

/** A new initiative: its name, which section of the report it belongs to, and the goals it serves. */
export function InitiativeAddForm({ detail, onSaved }: { readonly detail: RoundDetail; onSaved(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<"serving_goals" | "beyond_goals">("serving_goals");
  const [goalCodes, setGoalCodes] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const submission = usePartEdit(detail, onSaved);
  const initiativeId = initiativeIdOf(name);
  return (
    <Form
      submission={submission}
      className="mb-8"
      data-testid="initiative-add"
      onSubmit={async (e) => {
        e.preventDefault();
        setAdded(null);
        const saved = await submission.save({
          part: "initiative_add",
          initiativeId,
          name: name.trim(),
          kind,
          goalCodes: kind === "serving_goals" ? goalCodes : [],
        });
        if (saved === undefined) return;
        setAdded(t("policy.secretary.initiative.added", { name: name.trim() }));
        setName("");
        setGoalCodes([]);
      }}
    >
      <ErrorAlert error={submission.error} />
      <TextField
        id={`${id}-name`}
        name="name"
        label={t("policy.secretary.initiative.name")}
        hint={initiativeId === "" ? undefined : t("policy.secretary.initiative.idHint", { id: initiativeId })}
        width="input-width-xl"
        value={name}
        // The id is made from the name: a refused id (one that exists) is the name's to fix.
        alsoFor="initiativeId"
        onChange={setName}
      />
      <fieldset>
        <legend className="form-label">{t("policy.secretary.initiative.kind")}</legend>
        {(["serving_goals", "beyond_goals"] as const).map((k) => (
          <RadioField
            key={k}
            id={`${id}-kind-${k}`}
            name={`${id}-kind`}
            value={k}
            label={t(`policy.schemaKind.${k}`)}
            checked={kind === k}
            onChange={() => setKind(k)}
          />
        ))}
      </fieldset>
      {kind === "serving_goals" ? (
        <fieldset className="mt-4">
          <legend className="form-label">{t("policy.secretary.initiative.goals")}</legend>
          {detail.content.goals.map((goal) => (
            <CheckboxField
              key={goal.code}
              id={`${id}-goal-${goal.code}`}
              label={`${t("policy.goals.heading", { code: goal.code })}: ${goal.text}`}
              checked={goalCodes.includes(goal.code)}
              onChange={(on) =>
                setGoalCodes((codes) => (on ? [...codes, goal.code] : codes.filter((c) => c !== goal.code)))
              }
            />
          ))}
        </fieldset>
      ) : null}
      <button type="submit" className="button button-primary mt-5" disabled={submission.busy}>
        {t("policy.secretary.initiative.add")}
      </button>
      <div role="status">{added !== null ? <p className="mt-4">{added}</p> : null}</div>
    </Form>
  );
}

/** An initiative retired from the round, with the reason kept in its history; its overview lines stay. */
export function InitiativeRetireForm({
  detail,
  initiative,
  listPath,
}: {
  readonly detail: RoundDetail;
  readonly initiative: Initiative;
  /** Where the page goes once the initiative is gone. */
  readonly listPath: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [reason, setReason] = useState("");
  const submission = usePartEdit(detail, () => undefined);
  return (
    <Form
      submission={submission}
      data-testid="initiative-retire"
      onSubmit={async (e) => {
        e.preventDefault();
        const saved = await submission.save({
          part: "initiative_retire",
          initiativeId: initiative.id,
          reason: reason.trim(),
        });
        if (saved !== undefined) navigate(listPath);
      }}
    >
      <p>{t("policy.secretary.initiative.retireIntro")}</p>
      <ErrorAlert error={submission.error} />
      <TextField
        id={`${id}-reason`}
        name="reason"
        label={t("policy.secretary.initiative.retireReason")}
        width="input-width-xl"
        value={reason}
        onChange={setReason}
      />
      <button type="submit" className="button button-secondary" disabled={submission.busy}>
        {t("policy.secretary.initiative.retire", { name: initiative.name })}
      </button>
    </Form>
  );
}
