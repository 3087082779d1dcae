import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDateTime } from "../../format.ts";
import { useApi } from "../../useApi.ts";
import { useSubmission } from "../../useSubmission.ts";

/**
 * Administration of accounts: who may use udsyn, who is disabled, who is locked after too many
 * wrong passwords. Unlock and disable are audited by the API; a locked-out colleague is not
 * stuck for the lock's 15 minutes.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { data, error, reload } = useApi("/api/users");
  const action = useSubmission();

  async function act(work: () => Promise<unknown>) {
    if ((await action.run(work)) !== undefined) reload();
  }

  if (user?.role !== "admin") {
    return (
      <div className="alert alert-warning" role="alert">
        <div className="alert-body">
          <p className="alert-text">{t("users.adminOnly")}</p>
        </div>
      </div>
    );
  }
  return (
    <>
      <h1>{t("users.title")}</h1>
      <p className="font-lead">{t("users.intro")}</p>
      <ErrorAlert error={error ?? action.error} />
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
                  <td>
                    {u.disabled
                      ? t("users.disabled")
                      : u.lockedUntil !== null
                        ? t("users.lockedUntil", { until: formatDateTime(new Date(u.lockedUntil)) })
                        : t("users.active")}
                  </td>
                  <td>
                    {u.lockedUntil !== null ? (
                      <button
                        type="button"
                        className="button button-secondary button-small mr-3"
                        disabled={action.busy}
                        onClick={() =>
                          void act(() =>
                            api.POST("/api/users/{username}/unlock", {
                              params: { path: { username: u.username } },
                            }),
                          )
                        }
                      >
                        {t("users.unlock", { username: u.username })}
                      </button>
                    ) : null}
                    {u.username === user.username ? null : (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        disabled={action.busy}
                        onClick={() =>
                          void act(() =>
                            api.PUT("/api/users/{username}/disabled", {
                              params: { path: { username: u.username } },
                              body: { disabled: !u.disabled },
                            }),
                          )
                        }
                      >
                        {u.disabled
                          ? t("users.enable", { username: u.username })
                          : t("users.disable", { username: u.username })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
