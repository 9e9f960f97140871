// The operational section: Entente's own records per night (GET api/stats/operational): launches, boats and people
// by outcome, incidents and handovers, launches by beach, and the response times as a table.

import { h, replaceKeepingFocus } from "../dom";
import { type MessageKey, t } from "../i18n";
import { chartFigure, COLOURS, dropCharts, formatNumber } from "./charts";
import { fetchOperational, type OperationalResult } from "./operationalApi";
import type { DurationSummaryJson, OperationalJson, OperationalPeriodJson } from "./types";

export interface OperationalSection {
  load(from: string, to: string): Promise<void>;
  render(): void;
  result(): OperationalResult | undefined;
}

const DURATIONS = ["launchToFirstDetection", "alertToAcknowledgement", "distressToFirstTasking"] as const;

/** e.g. "4 min 05 s", "1 h 02 min", or "—". */
export function formatSeconds(seconds: number | undefined): string {
  if (seconds === undefined) {
    return "—";
  }
  const s = Math.round(seconds);
  if (s >= 3600) {
    return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
  }
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s` : `${s} s`;
}

function responseTable(total: OperationalPeriodJson): HTMLElement {
  const columns: MessageKey[] = ["ops.measure", "ops.count", "ops.median", "ops.p90", "ops.longest"];
  const row = (key: (typeof DURATIONS)[number]) => {
    const d: DurationSummaryJson = total[key];
    return h(
      "tr",
      { dataset: { measure: key } },
      h("th", { text: t(`ops.${key}`), attrs: { scope: "row" } }),
      h("td", { text: formatNumber(d.count) }),
      h("td", { text: formatSeconds(d.medianSeconds) }),
      h("td", { text: formatSeconds(d.percentile90Seconds) }),
      h("td", { text: formatSeconds(d.longestSeconds) }),
    );
  };
  return h(
    "figure",
    { className: "chart chart--table", attrs: { "aria-labelledby": "response-times-title" } },
    h("figcaption", { className: "chart__title", text: t("ops.responseTimes"), attrs: { id: "response-times-title" } }),
    h(
      "table",
      { className: "data-table", attrs: { id: "response-times" } },
      h("thead", {}, h("tr", {}, ...columns.map((c) => h("th", { text: t(c), attrs: { scope: "col" } })))),
      h("tbody", {}, ...DURATIONS.map(row)),
    ),
  );
}

function charts(d: OperationalJson): Node[] {
  const nights = d.nights.map((n) => n.firstNight);
  const per = (f: (n: OperationalPeriodJson) => number) => d.nights.map(f);
  const launched = d.beaches.filter((b) => b.launches > 0).sort((a, b) => b.launches - a.launches);
  return [
    chartFigure({
      id: "ops-launches",
      title: t("ops.launches"),
      kind: "bar",
      labels: nights,
      series: [{ label: t("ops.launchesDetected"), data: per((n) => n.launchesDetected), colour: COLOURS.boats }],
    }),
    chartFigure({
      id: "ops-outcomes",
      title: t("ops.outcomes"),
      kind: "bar",
      labels: nights,
      series: [
        { label: t("ops.landed"), data: per((n) => n.boatsLanded), colour: COLOURS.landed, stack: "boats" },
        { label: t("ops.prevented"), data: per((n) => n.boatsPrevented), colour: COLOURS.prevented, stack: "boats" },
        { label: t("ops.intercepted"), data: per((n) => n.boatsIntercepted), colour: COLOURS.intercepted, stack: "boats" },
        { label: t("ops.rescued"), data: per((n) => n.boatsRescued), colour: COLOURS.rescued, stack: "boats" },
      ],
    }),
    chartFigure({
      id: "ops-people",
      title: t("ops.people"),
      kind: "bar",
      labels: nights,
      series: [
        { label: t("ops.landed"), data: per((n) => n.peopleLanded), colour: COLOURS.landed, stack: "people" },
        { label: t("ops.prevented"), data: per((n) => n.peoplePrevented), colour: COLOURS.prevented, stack: "people" },
        { label: t("ops.intercepted"), data: per((n) => n.peopleIntercepted), colour: COLOURS.intercepted, stack: "people" },
        { label: t("ops.rescued"), data: per((n) => n.peopleRescued), colour: COLOURS.rescued, stack: "people" },
        { label: t("ops.missing"), data: per((n) => n.peopleMissing), colour: COLOURS.missing, stack: "people" },
      ],
    }),
    chartFigure({
      id: "ops-incidents",
      title: t("ops.incidents"),
      kind: "bar",
      labels: nights,
      series: [
        { label: t("ops.incidentsOpened"), data: per((n) => n.incidentsOpened), colour: COLOURS.landed },
        { label: t("ops.incidentsClosed"), data: per((n) => n.incidentsClosed), colour: COLOURS.rescued },
        { label: t("ops.handoversOffered"), data: per((n) => n.handoversOffered), colour: COLOURS.people },
        { label: t("ops.handoversAccepted"), data: per((n) => n.handoversAccepted), colour: COLOURS.accent },
        { label: t("ops.handoversDeclined"), data: per((n) => n.handoversDeclined), colour: COLOURS.intercepted },
      ],
    }),
    chartFigure({
      id: "ops-beaches",
      title: t("ops.beaches"),
      kind: "bar",
      horizontal: true,
      labels: launched.map((b) => b.name),
      series: [{ label: t("ops.launchesDetected"), data: launched.map((b) => b.launches), colour: COLOURS.boats }],
    }),
    responseTable(d.total),
  ];
}

export function createOperationalSection(root: HTMLElement): OperationalSection {
  let result: OperationalResult | undefined;

  async function load(from: string, to: string): Promise<void> {
    root.dataset["state"] = "loading";
    result = await fetchOperational(from, to);
    render();
  }

  function render(): void {
    dropCharts((id) => !id.startsWith("ops-"));
    let content: Node[];
    if (!result) {
      content = [h("p", { className: "panel__empty", text: t("stats.loading") })];
    } else if (result.state === "unavailable") {
      content = [h("p", { className: "panel__empty", text: t("ops.none"), attrs: { title: result.reason } })];
    } else if (result.state === "refused") {
      content = [h("p", { className: "panel__error", text: result.reason })];
    } else if (result.data.nights.length === 0) {
      content = [h("p", { className: "panel__empty", text: t("ops.empty") })];
    } else {
      const { total } = result.data;
      content = [
        h("p", {
          className: "stats__facts",
          text: t("ops.span", {
            from: result.data.from,
            to: result.data.to,
            launches: formatNumber(total.launchesDetected),
            landed: formatNumber(total.boatsLanded),
            rescued: formatNumber(total.boatsRescued),
            incidents: formatNumber(total.incidentsOpened),
          }),
        }),
        h("div", { className: "chart-grid" }, ...charts(result.data)),
      ];
    }
    root.dataset["state"] = result?.state ?? "loading";
    replaceKeepingFocus(root, h("h2", { className: "stats__heading", text: t("ops.heading") }), ...content);
  }

  return { load, render, result: () => result };
}
