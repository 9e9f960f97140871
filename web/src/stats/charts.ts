// Charts (chart.js, canvas) with what makes them accessible: a title, an aria-label summary on the canvas, and the
// data as a table. Every chart drawn is registered, so that the page's test hook can report what is shown.

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartDataset,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import { h } from "../dom";
import { getLang, t } from "../i18n";

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

// The map page's dark theme.
Chart.defaults.color = "#b8c6d4";
Chart.defaults.borderColor = "rgba(132, 153, 174, 0.18)";
Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue("--font").trim() || "sans-serif";
// Drawn at once: nothing to wait for before reading or capturing a chart.
Chart.defaults.animation = false;

export const COLOURS = {
  people: "#38bdf8",
  boats: "#ff6a13",
  landed: "#f87171",
  prevented: "#a78bfa",
  intercepted: "#fbbf24",
  rescued: "#4ade80",
  missing: "#94a3b8",
  accent: "#22d3ee",
} as const;

/** Tables are the text alternative of short series; a long one (the daily rolling mean) is summarised in its label. */
const MAX_TABLE_ROWS = 120;

export interface SeriesSpec {
  label: string;
  data: (number | null)[];
  colour: string;
  /** Drawn as a line over bars. */
  line?: boolean;
  /** Plotted against the right-hand axis. */
  right?: boolean;
  /** Bars of the same stack are stacked. */
  stack?: string;
  /** Left out of the chart but shown in its table. */
  tableOnly?: boolean;
}

export interface ChartSpec {
  id: string;
  title: string;
  kind: "bar" | "line";
  labels: string[];
  series: SeriesSpec[];
  /** Labels run along the vertical axis. */
  horizontal?: boolean;
  /** Digits after the decimal point in the table and summary. */
  decimals?: number;
  /** Controls shown under the title (e.g. a year picker). */
  controls?: HTMLElement;
}

export interface ChartInfo {
  title: string;
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
  points: number;
}

const drawn = new Map<string, { chart: Chart; spec: ChartSpec }>();

export function formatNumber(value: number | null | undefined, decimals = 0): string {
  return value === null || value === undefined
    ? "—"
    : value.toLocaleString(getLang() === "fr" ? "fr-FR" : "en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function summary(spec: ChartSpec): string {
  const parts = spec.series.map((s) => {
    let best = -1;
    s.data.forEach((v, i) => {
      if (v !== null && (best < 0 || v > (s.data[best] ?? -Infinity))) {
        best = i;
      }
    });
    return best < 0 ? "" : t("stats.summaryPeak", { label: s.label, value: formatNumber(s.data[best], spec.decimals), at: spec.labels[best] ?? "" });
  });
  return t("stats.summary", { title: spec.title, count: spec.labels.length, series: parts.filter(Boolean).join("; ") });
}

function table(spec: ChartSpec): HTMLElement | null {
  if (spec.labels.length === 0 || spec.labels.length > MAX_TABLE_ROWS) {
    return null;
  }
  const head = h("tr", {}, h("th", { text: t("stats.period"), attrs: { scope: "col" } }), ...spec.series.map((s) => h("th", { text: s.label, attrs: { scope: "col" } })));
  const rows = spec.labels.map((label, i) =>
    h("tr", {}, h("th", { text: label, attrs: { scope: "row" } }), ...spec.series.map((s) => h("td", { text: formatNumber(s.data[i], spec.decimals) }))),
  );
  return h(
    "details",
    { className: "chart__data" },
    h("summary", { text: t("stats.table") }),
    h("table", { className: "data-table" }, h("caption", { className: "visually-hidden", text: spec.title }), h("thead", {}, head), h("tbody", {}, ...rows)),
  );
}

function datasets(spec: ChartSpec): ChartDataset<"bar" | "line", (number | null)[]>[] {
  return spec.series
    .filter((s) => !s.tableOnly)
    .map((s) => {
      const line = spec.kind === "line" || s.line === true;
      return {
        type: line ? "line" : "bar",
        label: s.label,
        data: s.data,
        backgroundColor: line ? s.colour : `${s.colour}b3`,
        borderColor: s.colour,
        borderWidth: line ? 2 : 1,
        pointRadius: line && spec.labels.length > 60 ? 0 : 2,
        spanGaps: false,
        yAxisID: s.right ? "y2" : "y",
        ...(s.stack ? { stack: s.stack } : {}),
      } as ChartDataset<"bar" | "line", (number | null)[]>;
    });
}

/** Draws a chart in a new figure (title, canvas, data table) and returns the figure. */
export function chartFigure(spec: ChartSpec): HTMLElement {
  drawn.get(spec.id)?.chart.destroy();
  const canvas = h("canvas", { attrs: { role: "img", "aria-label": summary(spec) } });
  const titleId = `chart-title-${spec.id}`;
  const figure = h(
    "figure",
    { className: "chart", dataset: { chart: spec.id, points: String(spec.labels.length) }, attrs: { "aria-labelledby": titleId } },
    h("figcaption", { className: "chart__title", text: spec.title, attrs: { id: titleId } }),
    spec.controls,
    spec.labels.length === 0 ? h("p", { className: "panel__empty", text: t("stats.noData") }) : h("div", { className: "chart__canvas" }, canvas),
    table(spec),
  );
  if (spec.labels.length === 0) {
    drawn.delete(spec.id);
    return figure;
  }
  const stacked = spec.series.some((s) => s.stack);
  const right = spec.series.some((s) => s.right && !s.tableOnly);
  const chart = new Chart(canvas, {
    type: spec.kind,
    data: { labels: spec.labels, datasets: datasets(spec) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? "y" : "x",
      interaction: { mode: "index", intersect: false },
      plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
      scales: {
        x: { stacked, ticks: { maxTicksLimit: 14, autoSkip: true } },
        y: { stacked, beginAtZero: true },
        ...(right ? { y2: { position: "right" as const, beginAtZero: true, grid: { drawOnChartArea: false } } } : {}),
      },
    },
  });
  drawn.set(spec.id, { chart, spec });
  return figure;
}

/** Forgets charts no longer on the page. */
export function dropCharts(keep: (id: string) => boolean): void {
  for (const [id, entry] of drawn) {
    if (!keep(id)) {
      entry.chart.destroy();
      drawn.delete(id);
    }
  }
}

/** What each chart on the page shows, by id. */
export function chartInfo(): Record<string, ChartInfo> {
  const info: Record<string, ChartInfo> = {};
  for (const [id, { chart, spec }] of drawn) {
    info[id] = {
      title: spec.title,
      labels: [...spec.labels],
      datasets: chart.data.datasets.map((d) => ({ label: String(d.label ?? ""), data: [...(d.data as (number | null)[])] })),
      points: spec.labels.length,
    };
  }
  return info;
}
