import { formatDate } from "../../format.ts";
import type { TableView, ViewBlock } from "../../policy/report/committee-report.ts";
import { type AreaWatch, probabilityText, type WatchList } from "./watch-list.ts";

/**
 * The watch list as a report table (the committee report's `TableView`): the unlisted areas with
 * at least `minProbability` of coming on the next list, or the `max` most likely when fewer reach
 * it, with the nearest threshold in words. The committee report prints it under the area goal's
 * assessment (`watchReportBlocks`).
 */
export function watchTableView(
  watch: WatchList,
  { minProbability = 0.1, max = 10 }: { readonly minProbability?: number; readonly max?: number } = {},
): TableView {
  const unlisted = watch.areas.filter((a) => a.listedNow !== true && a.probability !== null);
  const likely = unlisted.filter((a) => (a.probability as number) >= minProbability);
  const shown: AreaWatch[] =
    likely.length >= max ? likely.slice(0, max) : unlisted.slice(0, Math.max(max, 0));
  const listName = (a: AreaWatch) => watch.lists.find((l) => l.listKind === a.listKind);
  return {
    id: "omraader-overvaagning",
    caption: `Boligområder, der ikke er på en liste den ${formatDate(watch.date)}, efter sandsynligheden for at komme på den næste`,
    columns: [
      { label: "Område", align: "left" },
      { label: "Liste", align: "left" },
      { label: "Næste liste", align: "left" },
      { label: "Sandsynlighed", align: "right" },
      { label: "Nærmeste grænse", align: "left" },
    ],
    rows: shown.map((a) => {
      const list = listName(a);
      return {
        cells: [
          { text: a.areaName },
          { text: list?.listName ?? a.listKind },
          {
            text: list?.next ? `${formatDate(list.next.effectiveDate)} (fakta ${list.next.factsYear})` : "–",
          },
          { text: probabilityText(a.probability) },
          { text: a.nearest?.text ?? "–" },
        ],
      };
    }),
    footnotes: [
      {
        marker: "",
        text: `Sandsynligheden er en fremskrivning (lineær tendens og ${watch.draws} træk med de gældende regler), ikke en afgørelse; listerne fastsættes af ministeriet.`,
      },
    ],
  };
}

/** The watch list as the committee report gets it: computed, or why it could not be. */
export type ReportAreaWatch =
  | { readonly kind: "watch"; readonly watch: WatchList }
  | { readonly kind: "unavailable"; readonly reason: string };

/**
 * The blocks the committee report prints under the area goal's assessment: a one-sentence caption
 * and the table (`watchTableView`), or one sentence saying why there is no table.
 */
export function watchReportBlocks(
  area: ReportAreaWatch,
  options?: { readonly minProbability?: number; readonly max?: number },
): ViewBlock[] {
  if (area.kind === "unavailable") {
    return [{ kind: "paragraph", text: `Tidlig varsling for boligområderne: ${area.reason}` }];
  }
  const table = watchTableView(area.watch, options);
  if (table.rows.length === 0) {
    return [
      {
        kind: "paragraph",
        text: `Tidlig varsling for boligområderne: ingen boligområder uden for listerne den ${formatDate(area.watch.date)} kan vurderes.`,
      },
    ];
  }
  return [
    {
      kind: "paragraph",
      text: `Tidlig varsling: tabellen viser sandsynligheden for, at de boligområder, der ikke er på en liste den ${formatDate(area.watch.date)}, kommer på den næste liste (metoden er beskrevet i hjælpeteksten på udsyns side »Tidlig varsling«); den er et fagligt grundlag for udvalgets drøftelse, ikke en afgørelse.`,
    },
    { kind: "table", table },
  ];
}
