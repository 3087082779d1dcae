import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api.ts";
import { useAuth } from "../auth.tsx";
import { TextField } from "../components/fields.tsx";
import { useSubmission } from "../useSubmission.ts";

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const { busy, error: failure, run } = useSubmission();
  // One answer for an unknown user and a wrong password (the API gives 401 for both).
  const error =
    failure === undefined
      ? null
      : failure instanceof ApiError && failure.status === 401
        ? t("login.failed")
        : t("error", { message: failure.message });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(() => login(username, password));
  }

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{t("login.title")}</h1>
        <p className="font-lead">{t("login.intro")}</p>
        {error ? (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-text">{error}</p>
            </div>
          </div>
        ) : null}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextField
            id="username"
            name="username"
            width=""
            label={t("login.username")}
            autoComplete="username"
            required
            value={username}
            onChange={setUsername}
          />
          <TextField
            id="password"
            name="password"
            type="password"
            width=""
            label={t("login.password")}
            autoComplete="current-password"
            required
            value={password}
            onChange={setPassword}
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("login.submit")}
          </button>
        </form>
      </div>
    </div>
  );
}
