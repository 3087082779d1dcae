import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink } from "react-router-dom";
import { useAuth } from "../auth.tsx";
import { MODULES } from "../modules.ts";

export function Layout({ children }: { readonly children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { user, logout } = useAuth();
  const otherLanguage = i18n.language === "da" ? "en" : "da";
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t("nav.skip")}
      </a>
      <header className="header">
        <div className="portal-info">
          <div className="portal-info-inner container">
            {/* The municipality's own logo file is not ours to ship: its name stands in for it. */}
            <Link
              to="/"
              className="portal-authority"
              style={{ fontWeight: 600, color: "inherit", textDecoration: "none" }}
            >
              {t("app.authority")}
            </Link>
            <div className="portal-user">
              {user ? (
                <>
                  <p className="user" data-testid="current-user">
                    {user.displayName}, {t(`roles.${user.role}`)}
                  </p>
                  <button type="button" className="function-link log-off" onClick={() => void logout()}>
                    {t("logout")}
                  </button>
                </>
              ) : null}
              <button
                type="button"
                className="function-link ml-5"
                lang={otherLanguage}
                onClick={() => void i18n.changeLanguage(otherLanguage)}
              >
                {t("language.switch")}
              </button>
            </div>
          </div>
        </div>
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <Link to="/">udsyn</Link>
            </div>
            <div className="additional-info">
              <p>
                <strong className="authority-name">{t("app.tagline")}</strong>
              </p>
            </div>
          </div>
        </div>
        {user ? (
          <div className="navigation-menu">
            <div className="navigation-menu-inner container">
              <nav className="nav" aria-label={t("nav.main")}>
                <ul className="mainmenu">
                  <li>
                    <NavLink to="/" end className="nav-link">
                      <span>{t("nav.home")}</span>
                    </NavLink>
                  </li>
                  {MODULES.map((m) => (
                    <li key={m.key}>
                      <NavLink to={m.path} className="nav-link">
                        <span>{t(`nav.${m.key}`)}</span>
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </div>
        ) : null}
      </header>
      <main id="main-content" className="container page-container">
        {children}
      </main>
      <footer>
        <div className="footer">
          <div className="container">
            <p>udsyn · {t("app.authority")}</p>
          </div>
        </div>
      </footer>
    </>
  );
}
