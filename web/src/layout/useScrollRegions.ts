import { useEffect } from "react";

/**
 * A table wider than its region scrolls inside it (`.table--responsive-scroll`); a keyboard user
 * can scroll it only if the region takes focus (WCAG 2.1.1). Done here once for every table, as
 * pages draw them. Not made a named landmark: a page of many tables would be a page of landmarks,
 * and the table's caption already names it.
 */
function markScrollRegions(main: HTMLElement): void {
  for (const region of main.querySelectorAll<HTMLElement>(".table--responsive-scroll:not([tabindex])")) {
    region.tabIndex = 0;
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
