import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { api } from "../../api.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { SelectField, TextField } from "../../components/fields.tsx";
import { useApi } from "../../useApi.ts";
import { useSubmission } from "../../useSubmission.ts";

/** A new case for a young person in one of the caseworker's local committees. */
export function CreateCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const committees = useApi("/api/cases/committees");
  const catalogue = useApi("/api/cases/catalogue");
  const [committee, setCommittee] = useState("");
  const [pseudonym, setPseudonym] = useState("");
  const [birthYear, setBirthYear] = useState("");
  const [birthMonth, setBirthMonth] = useState("");
  const [name, setName] = useState("");
  const [contact, setContact] = useState("");
  const [level, setLevel] = useState("1");
  const saving = useSubmission();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await saving.run(() =>
      api.POST("/api/cases", {
        body: {
          committee,
          pseudonym,
          birthYear: Number(birthYear),
          birthMonth: Number(birthMonth),
          level: Number(level),
          ...(name.trim() === "" ? {} : { name }),
          ...(contact.trim() === "" ? {} : { contact }),
        },
      }),
    );
    if (created !== undefined) navigate(`/sager/${created.id}`);
  }

  return (
    <>
      <h2>{t("cases.create.title")}</h2>
      <p>{t("cases.create.intro")}</p>
      <ErrorAlert error={saving.error ?? committees.error} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          id="case-committee"
          label={t("cases.committee")}
          value={committee}
          onChange={setCommittee}
        >
          <option value="">{t("cases.create.choose")}</option>
          {(committees.data ?? []).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id="case-pseudonym"
          label={t("cases.pseudonym")}
          hint={t("cases.create.pseudonymHint")}
          value={pseudonym}
          onChange={setPseudonym}
        />
        <TextField
          id="case-birth-year"
          type="number"
          width="input-width-xs"
          label={t("cases.birthYear")}
          value={birthYear}
          onChange={setBirthYear}
        />
        <TextField
          id="case-birth-month"
          type="number"
          width="input-width-xs"
          label={t("cases.birthMonth")}
          value={birthMonth}
          onChange={setBirthMonth}
        />
        <TextField id="case-name" label={t("cases.name")} value={name} onChange={setName} />
        <TextField id="case-contact" label={t("cases.contact")} value={contact} onChange={setContact} />
        <SelectField id="case-level" label={t("cases.level")} value={level} onChange={setLevel}>
          {(catalogue.data?.levels ?? []).map((l) => (
            <option key={l.level} value={String(l.level)}>
              {l.level} · {l.name}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button-primary" disabled={saving.busy}>
          {t("cases.create.submit")}
        </button>
      </form>
    </>
  );
}
