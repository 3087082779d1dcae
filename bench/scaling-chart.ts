import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** B5's chart: time against rows, one line per figure, on linear axes (a straight line is linear growth). */
export async function renderChartSvg(
  values: readonly { readonly rows: number; readonly series: string; readonly ms: number }[],
): Promise<string> {
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    width: 480,
    height: 260,
    data: { values: [...values] },
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "rows", type: "quantitative", title: "facts rows" },
      y: { field: "ms", type: "quantitative", title: "median ms" },
      color: { field: "series", type: "nominal", title: null },
    },
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
