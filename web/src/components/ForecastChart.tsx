import { useId } from "react";

export interface ForecastChartProps {
  /** Short title, shown under the chart and read as its name. */
  readonly title: string;
  /** Text alternative: what the chart shows, in a sentence or two. */
  readonly description: string;
  /** Measurements; time in decimal years (a year's figure at its middle). */
  readonly points: readonly { readonly time: number; readonly value: number }[];
  /** The fitted line from the first measurement to the deadline. */
  readonly trend: readonly { readonly time: number; readonly fitted: number }[];
  /** 80 % and 95 % prediction band from the last measurement to the deadline. */
  readonly band: readonly {
    readonly time: number;
    readonly lower80: number;
    readonly upper80: number;
    readonly lower95: number;
    readonly upper95: number;
  }[];
  readonly projection: { readonly time: number; readonly value: number };
  readonly target: { readonly value: number; readonly label: string } | null;
  readonly deadline: { readonly time: number; readonly label: string };
  readonly legend: {
    readonly measured: string;
    readonly trend: string;
    readonly band80: string;
    readonly band95: string;
  };
  readonly formatTick: (value: number) => string;
}

const WIDTH = 560;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 16, bottom: 64, left: 56 };
const INK = "#1a1a1a";
const GRID = "#d9d9d9";
const BLUE = "#0059b3";
const RED = "#b00020";

/** 1, 2, 2,5 or 5 × 10ⁿ: a round step for about `count` ticks over `span`. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(count, 1);
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= raw) return step * power;
  return 10 * power;
}

/**
 * The goal forecast in plain SVG (no script, no eval: the app's CSP holds): measurements as dots,
 * the trend as a line, the prediction bands to the deadline, the projection as a ring, the target
 * as a dashed line and the deadline as a dotted one. An image with a name and a description.
 */
export function ForecastChart(props: ForecastChartProps) {
  const { title, description, points, trend, band, projection, target, deadline, legend, formatTick } = props;
  const id = useId();
  const times = [...points.map((p) => p.time), deadline.time];
  const firstYear = Math.floor(Math.min(...times));
  const lastYear = Math.floor(Math.max(...times));
  const values = [
    ...points.map((p) => p.value),
    ...band.flatMap((b) => [b.lower95, b.upper95]),
    ...(target === null ? [] : [target.value]),
  ];
  const step = niceStep(Math.max(...values) - Math.min(...values), 5);
  const low = Math.floor(Math.min(...values) / step) * step;
  const high = Math.ceil(Math.max(...values) / step) * step;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (time: number) => MARGIN.left + ((time - firstYear) / (lastYear + 1 - firstYear)) * plotWidth;
  const y = (value: number) => MARGIN.top + plotHeight - ((value - low) / (high - low || 1)) * plotHeight;
  const ticks: number[] = [];
  for (let v = low; v <= high + step / 2; v += step) ticks.push(v);
  const years: number[] = [];
  for (let year = firstYear; year <= lastYear; year++) years.push(year);
  const area = (lower: (b: ForecastChartProps["band"][number]) => number, upper: typeof lower) =>
    [
      ...band.map((b) => `${x(b.time)},${y(upper(b))}`),
      ...[...band].reverse().map((b) => `${x(b.time)},${y(lower(b))}`),
    ].join(" ");
  const legendY = HEIGHT - 14;

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
        {years.map((year) => (
          <text
            key={year}
            x={x(year + 0.5)}
            y={MARGIN.top + plotHeight + 18}
            textAnchor="middle"
            fontSize="12"
            fill={INK}
          >
            {year}
          </text>
        ))}
        <polygon
          points={area(
            (b) => b.lower95,
            (b) => b.upper95,
          )}
          fill={BLUE}
          fillOpacity="0.15"
        />
        <polygon
          points={area(
            (b) => b.lower80,
            (b) => b.upper80,
          )}
          fill={BLUE}
          fillOpacity="0.3"
        />
        <polyline
          points={trend.map((p) => `${x(p.time)},${y(p.fitted)}`).join(" ")}
          fill="none"
          stroke={INK}
          strokeWidth="1.5"
        />
        {points.map((p) => (
          <circle key={`${p.time}-${p.value}`} cx={x(p.time)} cy={y(p.value)} r="5" fill={BLUE} />
        ))}
        <circle
          cx={x(projection.time)}
          cy={y(projection.value)}
          r="6"
          fill="#ffffff"
          stroke={BLUE}
          strokeWidth="2.5"
        />
        <line
          x1={x(deadline.time)}
          x2={x(deadline.time)}
          y1={MARGIN.top}
          y2={MARGIN.top + plotHeight}
          stroke={INK}
          strokeDasharray="2 3"
        />
        <text x={x(deadline.time) - 4} y={MARGIN.top + 10} textAnchor="end" fontSize="12" fill={INK}>
          {deadline.label}
        </text>
        {target === null ? null : (
          <g>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(target.value)}
              y2={y(target.value)}
              stroke={RED}
              strokeWidth="2"
              strokeDasharray="8 5"
            />
            <text x={MARGIN.left + 6} y={y(target.value) - 5} fontSize="12" fill={RED}>
              {target.label}
            </text>
          </g>
        )}
        <line
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={MARGIN.top + plotHeight}
          y2={MARGIN.top + plotHeight}
          stroke={INK}
        />
        <g fontSize="12" fill={INK}>
          <circle cx={MARGIN.left + 5} cy={legendY - 4} r="5" fill={BLUE} />
          <text x={MARGIN.left + 14} y={legendY}>
            {legend.measured}
          </text>
          <line
            x1={MARGIN.left + 110}
            x2={MARGIN.left + 134}
            y1={legendY - 4}
            y2={legendY - 4}
            stroke={INK}
            strokeWidth="1.5"
          />
          <text x={MARGIN.left + 140} y={legendY}>
            {legend.trend}
          </text>
          <rect x={MARGIN.left + 220} y={legendY - 10} width="14" height="12" fill={BLUE} fillOpacity="0.3" />
          <text x={MARGIN.left + 240} y={legendY}>
            {legend.band80}
          </text>
          <rect
            x={MARGIN.left + 340}
            y={legendY - 10}
            width="14"
            height="12"
            fill={BLUE}
            fillOpacity="0.15"
          />
          <text x={MARGIN.left + 360} y={legendY}>
            {legend.band95}
          </text>
        </g>
      </svg>
      <figcaption className="small-text">{title}</figcaption>
    </figure>
  );
}
