import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { ApiError } from "../api.ts";
import { useAuth } from "../auth.tsx";
import { Form, TextField } from "../components/fields.tsx";
import { useApi } from "../useApi.ts";
import { useSubmission } from "../useSubmission.ts";

/** The reasons the API gives in `?oidc_error=` when it refuses a login with the identity provider. */
const OIDC_ERRORS = ["expired", "denied", "failed", "no_role", "disabled", "unavailable"] as const;

export function LoginPage() {
  const { t } = useTranslation();
  const { login, expired } = useAuth();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const submission = useSubmission();
  const { busy, error: failure, run } = submission;
  const methods = useApi("/api/login/methods");
  const oidc = methods.data?.oidc ?? null;
  // A refused OIDC login comes back as `/?oidc_error=…`: the message stays, the address is cleaned.
  const [params, setParams] = useSearchParams();
  const [oidcError] = useState(() => params.get("oidc_error"));
  useEffect(() => {
    if (!params.has("oidc_error")) return;
    const rest = new URLSearchParams(params);
    rest.delete("oidc_error");
    setParams(rest, { replace: true });
  }, [params, setParams]);
  const oidcMessage =
    oidcError === null
      ? null
      : t(
          `login.oidcErrors.${(OIDC_ERRORS as readonly string[]).includes(oidcError) ? oidcError : "failed"}`,
        );
  // One answer for an unknown user and a wrong password (the API gives 401 for both); a lock and
  // the per-address limit say what they are and until when, in the server's words.
  const error =
    failure === undefined
      ? null
      : failure instanceof ApiError && failure.status === 401 && failure.code !== "account_locked"
        ? t("login.failed")
        : failure instanceof ApiError &&
            (failure.code === "account_locked" ||
              failure.code === "rate_limited" ||
              failure.code === "invalid_input")
          ? failure.message
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
        {(error ?? oidcMessage) ? (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-text">{error ?? oidcMessage}</p>
            </div>
          </div>
        ) : null}
        {expired && error === null ? (
          <div className="alert alert-warning" role="status">
            <div className="alert-body">
              <p className="alert-text">{t("session.expired")}</p>
            </div>
          </div>
        ) : null}
        {oidc ? (
          <>
            <p>
              <a className="button button-primary" href={oidc.url}>
                {t("login.oidc", { name: oidc.name })}
              </a>
            </p>
            <h2 className="h3">{t("login.localTitle")}</h2>
          </>
        ) : null}
        <Form submission={submission} onSubmit={(e) => void submit(e)}>
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
          <button
            type="submit"
            className={oidc ? "button button-secondary" : "button button-primary"}
            disabled={busy}
          >
            {t("login.submit")}
          </button>
        </Form>
      </div>
    </div>
  );
}
