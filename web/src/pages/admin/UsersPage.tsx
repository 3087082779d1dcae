import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "../../../../src/domain/access.ts";
import { api } from "../../api.ts";
import type { Answer } from "../../api-types.ts";
import { useAuth } from "../../auth.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Form, SelectField, TextField } from "../../components/fields.tsx";
import { formatDateTime } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { type Submission, useSubmission } from "../../useSubmission.ts";

type Account = Answer<"/api/users">["users"][number];

/**
 * Administration of accounts: who may use udsyn, with which role, who is disabled, who is locked
 * after too many wrong passwords. Every change is audited by the API; a locked-out colleague is not
 * stuck for the lock's 15 minutes, and one who forgot the password gets a new one from here.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const { data, error, reload } = useApi("/api/users");
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const account = data?.users.find((u) => u.username === chosen);
  return (
    <>
      <h2>{t("users.title")}</h2>
      <p className="font-lead">{t("users.intro")}</p>
      <ErrorAlert error={error} />
      {data ? (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{t("users.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("users.username")}</th>
                <th scope="col">{t("users.name")}</th>
                <th scope="col">{t("users.role")}</th>
                <th scope="col">{t("users.state")}</th>
                <th scope="col">{t("users.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.users.map((u) => (
                <tr key={u.id}>
                  <td>{u.username}</td>
                  <td>{u.displayName}</td>
                  <td>{t(`roles.${u.role}`)}</td>
                  <td>{stateOf(u, t)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-expanded={chosen === u.username}
                      aria-controls="user-account"
                      onClick={() => setChosen(chosen === u.username ? undefined : u.username)}
                    >
                      {t("users.manage", { username: u.username })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {account ? <AccountPanel key={account.username} account={account} changed={reload} /> : null}
      <NewUserForm created={reload} />
    </>
  );
}

function stateOf(u: Account, t: (key: string, options?: Record<string, string>) => string): string {
  if (u.disabled) return t("users.disabled");
  if (u.lockedUntil !== null)
    return t("users.lockedUntil", { until: formatDateTime(new Date(u.lockedUntil)) });
  return t("users.active");
}

/** What an administrator can do to one account: role, unlock, disable or enable, new password. */
function AccountPanel({ account, changed }: { readonly account: Account; changed(): void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const action = useSubmission();
  const [role, setRole] = useState<Role>(account.role);
  const [password, setPassword] = useState<string | undefined>(undefined);
  const own = account.username === user?.username;
  const path = { params: { path: { username: account.username } } };

  async function act(work: () => Promise<unknown>) {
    if ((await action.run(work)) !== undefined) changed();
  }
  async function saveRole(event: FormEvent) {
    event.preventDefault();
    await act(() => api.PUT("/api/users/{username}/role", { ...path, body: { role } }));
  }
  async function resetPassword() {
    const answer = await action.run(() => api.POST("/api/users/{username}/password", path));
    if (answer !== undefined) {
      setPassword(answer.password);
      changed();
    }
  }

  return (
    <section id="user-account" className="mt-7" aria-labelledby="user-account-heading">
      <h3 id="user-account-heading">
        {account.displayName} ({account.username})
      </h3>
      <ErrorAlert error={action.error} />
      {password !== undefined ? (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">
              {t("users.newPassword", { username: account.username })} <code>{password}</code>
            </p>
          </div>
        </div>
      ) : null}
      {own ? <p>{t("users.ownAccount")}</p> : null}
      {account.signIn === "oidc" ? (
        // The provider sets the role at every login: a change here would not last.
        <p data-testid="role-from-oidc">
          {t("users.roleFromOidc", { username: account.username, role: t(`roles.${account.role}`) })}
        </p>
      ) : (
        <Form submission={action} onSubmit={(e) => void saveRole(e)}>
          <SelectField
            id="account-role"
            name="role"
            label={t("users.roleOf", { username: account.username })}
            value={role}
            onChange={(v) => setRole(v as Role)}
          >
            <RoleOptions />
          </SelectField>
          <button
            type="submit"
            className="button button-primary mt-3"
            disabled={action.busy || own || role === account.role}
          >
            {t("users.saveRole")}
          </button>
        </Form>
      )}
      <p className="mt-5">
        {account.lockedUntil !== null ? (
          <ActionButton
            action={action}
            onClick={() => act(() => api.POST("/api/users/{username}/unlock", path))}
          >
            {t("users.unlock", { username: account.username })}
          </ActionButton>
        ) : null}
        {own ? null : (
          <>
            <ActionButton
              action={action}
              onClick={() =>
                act(() =>
                  api.PUT("/api/users/{username}/disabled", {
                    ...path,
                    body: { disabled: !account.disabled },
                  }),
                )
              }
            >
              {account.disabled
                ? t("users.enable", { username: account.username })
                : t("users.disable", { username: account.username })}
            </ActionButton>
            <ActionButton action={action} onClick={resetPassword}>
              {t("users.resetPassword", { username: account.username })}
            </ActionButton>
          </>
        )}
      </p>
    </section>
  );
}

function ActionButton({
  action,
  onClick,
  children,
}: {
  readonly action: Submission;
  onClick(): Promise<unknown>;
  readonly children: string;
}) {
  return (
    <button
      type="button"
      className="button button-secondary mr-3 mb-3"
      disabled={action.busy}
      onClick={() => void onClick()}
    >
      {children}
    </button>
  );
}

/** A new account; the API checks the name and the password's length, and says so beside the field. */
function NewUserForm({ created }: { created(): void }) {
  const { t } = useTranslation();
  const submission = useSubmission();
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState<Role>("analyst");
  const [password, setPassword] = useState("");
  const [done, setDone] = useState<string | undefined>(undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(undefined);
    const user = await submission.run(() =>
      api.POST("/api/users", { body: { username, displayName, role, password } }),
    );
    if (user === undefined) return;
    setDone(user.username);
    setUsername("");
    setDisplayName("");
    setPassword("");
    created();
  }

  return (
    <section className="mt-8" aria-labelledby="new-user-heading">
      <h3 id="new-user-heading">{t("users.add")}</h3>
      {done !== undefined ? (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t("users.created", { username: done })}</p>
          </div>
        </div>
      ) : null}
      <ErrorAlert error={submission.error} />
      <Form submission={submission} onSubmit={(e) => void submit(e)}>
        <TextField
          id="new-username"
          name="username"
          label={t("users.username")}
          hint={t("users.usernameHint")}
          value={username}
          onChange={setUsername}
          autoComplete="off"
        />
        <TextField
          id="new-display-name"
          name="displayName"
          label={t("users.name")}
          value={displayName}
          onChange={setDisplayName}
          width="input-width-l"
        />
        <SelectField
          id="new-role"
          name="role"
          label={t("users.role")}
          value={role}
          onChange={(v) => setRole(v as Role)}
        >
          <RoleOptions />
        </SelectField>
        <TextField
          id="new-password"
          name="password"
          type="password"
          label={t("users.password")}
          hint={t("users.passwordHint")}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
        />
        <button type="submit" className="button button-primary mt-5" disabled={submission.busy}>
          {t("users.create")}
        </button>
      </Form>
    </section>
  );
}

function RoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {t(`roles.${r}`)}
    </option>
  ));
}
