import { useId } from "react";

export interface BarChartPoint {
  readonly label: string;
  readonly value: number;
  /** The value as it is to be read, e.g. `33,2 %`. */
  readonly display: string;
}

export interface BarChartProps {
  /** Short title, shown above the chart and read as its name. */
  readonly title: string;
  /** Text alternative: what the chart shows, in a sentence or two. */
  readonly description: string;
  readonly points: readonly BarChartPoint[];
  /** A level to compare with (a target), drawn as a dashed line and named in the legend. */
  readonly reference?: { readonly value: number; readonly label: string } | null;
  /** Formats axis values, e.g. with the Danish decimal comma. */
  readonly formatTick: (value: number) => string;
}

const WIDTH = 560;
const HEIGHT = 274;
// The bottom margin holds an axis label of two lines and the reference line's legend under it.
const MARGIN = { top: 16, right: 16, bottom: 62, left: 56 };
const BAR = "#0059b3";
export const INK = "#1a1a1a";
export const GRID = "#bfbfbf";

/** 1, 2, 2,5 or 5 × 10ⁿ above the value, so the axis ends on a round number. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * An axis label on one line, or two when it is wider than its bar's slot ("21. december 2009" next
 * to five other dates): split at the last space, so the year stands under the day and month.
 * 6.5 px per character is the 12 px font's average width.
 */
export function labelLines(label: string, slot: number): readonly string[] {
  const space = label.lastIndexOf(" ");
  return label.length * 6.5 <= slot * 0.95 || space <= 0
    ? [label]
    : [label.slice(0, space), label.slice(space + 1)];
}

/**
 * A small bar chart in plain SVG. It is an image with a name and a description for screen readers;
 * the numbers themselves are also written on the bars.
 */
export function BarChart({ title, description, points, reference, formatTick }: BarChartProps) {
  const id = useId();
  const maxValue = Math.max(...points.map((p) => p.value), reference?.value ?? 0, 0);
  const top = niceCeiling(maxValue * 1.1);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (v: number) => MARGIN.top + plotHeight - (Math.max(v, 0) / top) * plotHeight;
  const slot = plotWidth / Math.max(points.length, 1);
  const barWidth = Math.min(slot * 0.6, 96);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);

  return (
    <figure className="mt-4 mb-4" style={{ maxWidth: `${WIDTH}px` }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ display: "block", fontFamily: "inherit" }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke={GRID} />
            <text x={MARGIN.left - 8} y={y(tick) + 4} textAnchor="end" fontSize="12" fill={INK}>
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {points.map((point, index) => {
          const cx = MARGIN.left + slot * index + slot / 2;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: two measurements may share a label
            <g key={`${point.label}-${index}`}>
              <rect
                x={cx - barWidth / 2}
                y={y(point.value)}
                width={barWidth}
                height={MARGIN.top + plotHeight - y(point.value)}
                fill={BAR}
              />
              <text
                x={cx}
                y={y(point.value) - 6}
                textAnchor="middle"
                fontSize="13"
                fontWeight="600"
                fill={INK}
              >
                {point.display}
              </text>
              <text x={cx} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle" fontSize="12" fill={INK}>
                {labelLines(point.label, slot).map((line, n) => (
                  <tspan key={line} x={cx} dy={n === 0 ? 0 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        <line
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={MARGIN.top + plotHeight}
          y2={MARGIN.top + plotHeight}
          stroke={INK}
        />
        {reference ? (
          <g>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(reference.value)}
              y2={y(reference.value)}
              stroke={INK}
              strokeWidth="2"
              strokeDasharray="8 5"
            />
            <line
              x1={MARGIN.left}
              x2={MARGIN.left + 28}
              y1={HEIGHT - 10}
              y2={HEIGHT - 10}
              stroke={INK}
              strokeWidth="2"
              strokeDasharray="8 5"
            />
            <text x={MARGIN.left + 36} y={HEIGHT - 6} fontSize="12" fill={INK}>
              {reference.label}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className="small-text">{title}</figcaption>
    </figure>
  );
}
