import { useEffect } from "react";

/**
 * A table wider than its region scrolls inside it (`.table--responsive-scroll`); a keyboard user
 * can scroll it only if the region takes focus, and a screen reader names it by the table's
 * caption (WCAG 2.1.1). Done here once for every table, as pages draw them.
 */
function markScrollRegions(main: HTMLElement): void {
  for (const region of main.querySelectorAll<HTMLElement>(".table--responsive-scroll:not([tabindex])")) {
    region.tabIndex = 0;
    const caption = region.querySelector("caption")?.textContent?.trim();
    if (caption) {
      region.setAttribute("role", "region");
      region.setAttribute("aria-label", caption);
    }
  }
}

export function useScrollRegions(): void {
  useEffect(() => {
    const main = document.getElementById("main-content");
    if (main === null) return;
    markScrollRegions(main);
    const observer = new MutationObserver(() => markScrollRegions(main));
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}
