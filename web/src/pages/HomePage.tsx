import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useAuth } from "../auth.tsx";
import { modulesFor } from "../modules.ts";

export function HomePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const modules = modulesFor(user?.role);
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="font-lead">{t("home.intro")}</p>
      {user ? <p>{t("home.signedInAs", { name: user.displayName, role: t(`roles.${user.role}`) })}</p> : null}
      {modules.length === 0 ? <p>{t("home.noModules")}</p> : null}
      <div className="row">
        {modules.map((m) => (
          <div key={m.key} className="col-12 col-md-6 col-lg-4 mb-5">
            <div className="card">
              <div className="card-content">
                <h2 className="header-title h3">
                  <Link to={m.path}>{t(`nav.${m.key}`)}</Link>
                </h2>
                <p>{t(`modules.${m.key}`)}</p>
              </div>
            </div>
          </div>
        ))}
      </div>
    </>
  );
}
