import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api.ts";
import { useAuth } from "../auth.tsx";

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username, password);
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 401
          ? t("login.failed")
          : t("error", { message: (e as Error).message }),
      );
    } finally {
      setBusy(false);
    }
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
          <div className="form-group">
            <label className="form-label" htmlFor="username">
              {t("login.username")}
            </label>
            <input
              id="username"
              name="username"
              className="form-input"
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="password">
              {t("login.password")}
            </label>
            <input
              id="password"
              name="password"
              type="password"
              className="form-input"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t("login.submit")}
          </button>
        </form>
      </div>
    </div>
  );
}
