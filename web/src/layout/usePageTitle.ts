import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router-dom";

/** The page's name as a person reads it: the current tab, the page's heading, the application. */
function pageTitle(main: HTMLElement): string {
  const heading = main.querySelector("h1")?.textContent?.trim();
  const tab = main.querySelector("nav [aria-current='page']")?.textContent?.trim();
  return [tab === heading ? undefined : tab, heading, "udsyn"].filter(Boolean).join(" – ");
}

/**
 * After each navigation the window's title names the page, and focus moves to the page's heading, so
 * a screen reader announces where the user now is (WCAG 2.4.2, 2.4.3). Pages draw their heading when
 * they like (some after loading), so both follow the main region's content, not a fixed moment.
 * The first page of a visit keeps the browser's own focus (the top of the page).
 */
export function usePageTitle(): void {
  const { pathname } = useLocation();
  const { i18n } = useTranslation();
  const shown = useRef<string | null>(null);
  const focusPending = useRef(false);

  useEffect(() => {
    if (shown.current !== null && shown.current !== pathname) focusPending.current = true;
    shown.current = pathname;
  }, [pathname]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page or language is a new title
  useEffect(() => {
    const main = document.getElementById("main-content");
    if (main === null) return;
    const update = () => {
      const title = pageTitle(main);
      if (document.title !== title) document.title = title;
      const heading = main.querySelector<HTMLElement>("h1");
      if (focusPending.current && heading !== null) {
        focusPending.current = false;
        heading.tabIndex = -1;
        heading.focus({ preventScroll: false });
      }
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(main, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["aria-current"],
    });
    // A page that never draws a heading must not take focus at some later change.
    const expire = setTimeout(() => {
      focusPending.current = false;
    }, 3000);
    return () => {
      observer.disconnect();
      clearTimeout(expire);
    };
  }, [pathname, i18n.language]);
}
