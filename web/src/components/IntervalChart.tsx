import { useId } from "react";
import { GRID, INK, niceCeiling } from "./BarChart.tsx";

/** One estimate with its 95 % interval. */
export interface IntervalEstimate {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  /** The estimate as it is to be read, e.g. `+1,8 (0,9 til 2,7)`. */
  readonly display: string;
}

export interface IntervalRow {
  readonly label: string;
  /** One estimate per series (in the order of `series`); null where it is not shown. */
  readonly estimates: readonly (IntervalEstimate | null)[];
}

export interface IntervalChartProps {
  readonly title: string;
  /** Text alternative: what the chart shows, in a sentence or two. */
  readonly description: string;
  readonly series: readonly string[];
  readonly rows: readonly IntervalRow[];
  readonly formatTick: (value: number) => string;
}

const WIDTH = 640;
const ROW = 34;
const MARGIN = { top: 12, right: 16, bottom: 28, left: 200 };
/** Legend lines under the axis, one per series. */
const LEGEND_LINE = 20;
/** Series colours and marker shapes differ, so the chart reads without colour too. */
const COLOURS = ["#0059b3", "#b35900"];

/**
 * Estimates with their intervals as dots and whiskers on an axis centred on zero (no change),
 * one row per label and one line per series in it. An image with a name and a description for
 * screen readers; the same figures are in the table beside it.
 */
export function IntervalChart({ title, description, series, rows, formatTick }: IntervalChartProps) {
  const id = useId();
  const extent = Math.max(
    ...rows.flatMap((r) =>
      r.estimates.flatMap((e) => (e === null ? [] : [Math.abs(e.low), Math.abs(e.high)])),
    ),
    0,
  );
  const edge = niceCeiling(extent * 1.05);
  const band = ROW * Math.max(series.length, 1);
  const height = MARGIN.top + band * rows.length + MARGIN.bottom + LEGEND_LINE * series.length;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const x = (v: number) => MARGIN.left + ((v + edge) / (2 * edge)) * plotWidth;
  const ticks = [-1, -0.5, 0, 0.5, 1].map((f) => f * edge);
  const bottom = MARGIN.top + band * rows.length;

  return (
    <figure className="mt-4 mb-4" style={{ maxWidth: `${WIDTH}px` }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ display: "block", fontFamily: "inherit" }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={x(tick)}
              x2={x(tick)}
              y1={MARGIN.top}
              y2={bottom}
              stroke={tick === 0 ? INK : GRID}
              strokeWidth={tick === 0 ? 1.5 : 1}
            />
            <text x={x(tick)} y={bottom + 16} textAnchor="middle" fontSize="12" fill={INK}>
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, r) => {
          const top = MARGIN.top + band * r;
          return (
            <g key={row.label}>
              <text x={MARGIN.left - 8} y={top + band / 2 + 4} textAnchor="end" fontSize="12" fill={INK}>
                {row.label}
              </text>
              {row.estimates.map((estimate, s) => {
                if (estimate === null) return null;
                const cy = top + ROW * s + ROW / 2;
                const colour = COLOURS[s % COLOURS.length];
                return (
                  <g key={series[s]}>
                    <title>{`${row.label}, ${series[s]}: ${estimate.display}`}</title>
                    <line
                      x1={x(estimate.low)}
                      x2={x(estimate.high)}
                      y1={cy}
                      y2={cy}
                      stroke={colour}
                      strokeWidth="2"
                    />
                    <line x1={x(estimate.low)} x2={x(estimate.low)} y1={cy - 5} y2={cy + 5} stroke={colour} />
                    <line
                      x1={x(estimate.high)}
                      x2={x(estimate.high)}
                      y1={cy - 5}
                      y2={cy + 5}
                      stroke={colour}
                    />
                    {s === 0 ? (
                      <circle cx={x(estimate.mean)} cy={cy} r="5" fill={colour} />
                    ) : (
                      <rect x={x(estimate.mean) - 5} y={cy - 5} width="10" height="10" fill={colour} />
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
        {series.map((name, s) => {
          const lx = MARGIN.left;
          const ly = bottom + MARGIN.bottom + LEGEND_LINE * s + 10;
          const colour = COLOURS[s % COLOURS.length];
          return (
            <g key={name}>
              {s === 0 ? (
                <circle cx={lx + 6} cy={ly - 4} r="5" fill={colour} />
              ) : (
                <rect x={lx + 1} y={ly - 9} width="10" height="10" fill={colour} />
              )}
              <text x={lx + 18} y={ly} fontSize="12" fill={INK}>
                {name}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="small-text">{title}</figcaption>
    </figure>
  );
}
