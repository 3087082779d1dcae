import "./layout.css";
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useLocation, useNavigate } from "react-router-dom";
import { useAuth } from "../auth.tsx";
import { modulesFor } from "../modules.ts";
import { usePageTitle } from "./usePageTitle.ts";
import { useScrollRegions } from "./useScrollRegions.ts";

/** DKFDS shows the desktop menu from this width; below it, the menu button and the drawer. */
const DESKTOP = "(min-width: 992px)";

/** Logging off on purpose ends at the login page, not at a return to the page (that is for expiry). */
function useLogout(): () => Promise<void> {
  const { logout } = useAuth();
  const navigate = useNavigate();
  return async () => {
    await logout();
    navigate("/login", { replace: true });
  };
}

function isCurrent(path: string, pathname: string): boolean {
  return path === "/" ? pathname === "/" : pathname === path || pathname.startsWith(`${path}/`);
}

/** The menu's links: the home page and the modules the user's role may use; the current one marked. */
function MenuItems({ onNavigate }: { readonly onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { pathname } = useLocation();
  const items = [{ key: "home", path: "/" }, ...modulesFor(user?.role)];
  return (
    <ul className="mainmenu">
      {items.map((m) => (
        // NavLink gives the current link aria-current="page"; DKFDS marks its item by `active`.
        <li key={m.key} className={isCurrent(m.path, pathname) ? "active current" : undefined}>
          <NavLink to={m.path} end={m.path === "/"} className="nav-link" onClick={onNavigate}>
            <span>{t(`nav.${m.key}`)}</span>
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

function LanguageSwitch({ className }: { readonly className: string }) {
  const { t, i18n } = useTranslation();
  const otherLanguage = i18n.language === "da" ? "en" : "da";
  return (
    <button
      type="button"
      className={className}
      lang={otherLanguage}
      onClick={() => void i18n.changeLanguage(otherLanguage)}
    >
      {t("language.switch")}
    </button>
  );
}

/**
 * DKFDS's mobile menu: below 992 px (and at 200 % zoom on a laptop) the header's menu, user,
 * log-off and language switch move into a drawer opened by the "Menu" button. A modal dialog while
 * open: focus inside, Escape or the overlay closes it and gives focus back to the button.
 */
function MobileDrawer({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const logout = useLogout();
  const drawer = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    close.current?.focus();
    document.body.classList.add("mobile-nav-active");
    const desktop = window.matchMedia(DESKTOP);
    const onWide = () => desktop.matches && onClose();
    desktop.addEventListener("change", onWide);
    return () => {
      document.body.classList.remove("mobile-nav-active");
      desktop.removeEventListener("change", onWide);
    };
  }, [onClose]);

  function keepFocusInside(event: KeyboardEvent) {
    if (event.key === "Escape") {
      onClose();
      return;
    }
    if (event.key !== "Tab" || drawer.current === null) return;
    const focusable = drawer.current.querySelectorAll<HTMLElement>("a[href], button:not([disabled])");
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  return (
    <div
      ref={drawer}
      id="mobile-drawer"
      className="mobile-drawer is-visible"
      role="dialog"
      aria-modal="true"
      aria-labelledby="mobile-drawer-heading"
      onKeyDown={keepFocusInside}
    >
      <div className="menu-top">
        <h2 className="menu-heading h3 m-0" id="mobile-drawer-heading">
          {t("nav.menu")}
        </h2>
        <button
          ref={close}
          type="button"
          className="function-link button-menu-close js-menu-close"
          aria-label={t("nav.closeMenu")}
          onClick={onClose}
        >
          {t("nav.close")}
        </button>
      </div>
      <div className="solution-info-mobile">
        <p>
          <strong className="authority-name">{t("app.tagline")}</strong>
        </p>
      </div>
      {user ? (
        <nav className="navigation-menu-mobile" aria-label={t("nav.main")}>
          <MenuItems onNavigate={onClose} />
        </nav>
      ) : null}
      <div className="portal-info-mobile">
        {user ? (
          <>
            <p className="user">
              <span>{user.displayName}</span>
              <span>{t(`roles.${user.role}`)}</span>
            </p>
            <button type="button" className="function-link log-off" onClick={() => void logout()}>
              {t("logout")}
            </button>
          </>
        ) : null}
        <p className="mt-4 mb-0">
          <LanguageSwitch className="function-link" />
        </p>
      </div>
    </div>
  );
}

export function Layout({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const logout = useLogout();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  usePageTitle();
  useScrollRegions();

  // A new page closes the drawer (its links also close it, so focus goes to the new heading).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is the trigger
  useEffect(() => setMenuOpen(false), [pathname]);
  const closeMenu = useRef(() => {
    setMenuOpen(false);
    opener.current?.focus();
  }).current;

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
              <LanguageSwitch className="function-link ml-5" />
            </div>
            <button
              ref={opener}
              type="button"
              className="button button-secondary button-menu-open js-menu-open ml-auto"
              aria-haspopup="dialog"
              aria-expanded={menuOpen}
              aria-controls={menuOpen ? "mobile-drawer" : undefined}
              onClick={() => setMenuOpen(true)}
            >
              {t("nav.menu")}
            </button>
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
                <MenuItems />
              </nav>
            </div>
          </div>
        ) : null}
        {menuOpen ? <MobileDrawer onClose={closeMenu} /> : null}
      </header>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the drawer closes on Escape; the overlay is for pointers */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: see above */}
      {menuOpen ? <div className="overlay is-visible" onClick={closeMenu} /> : null}
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
