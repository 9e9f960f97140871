// The official series' section: people and boats by year and by month of a chosen year, the 7-day rolling mean,
// people per boat, seasonality, and arrivals against crossings prevented by France (GET api/stats/official).

import { h, replaceKeepingFocus } from "../dom";
import { getLang, t } from "../i18n";
import { errorMessage, getJson } from "../live/http";
import { chartFigure, COLOURS, dropCharts, formatNumber } from "./charts";
import type { OfficialJson } from "./types";

export interface OfficialSection {
  load(from: string, to: string): Promise<void>;
  render(): void;
  data(): OfficialJson | undefined;
  /** Shows the months of a year of the range; resolves once drawn. */
  setYear(year: number): void;
  year(): number | undefined;
}

export function monthName(month: number): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString(getLang() === "fr" ? "fr-FR" : "en-GB", { month: "short", timeZone: "UTC" });
}

export function createOfficialSection(root: HTMLElement): OfficialSection {
  let data: OfficialJson | undefined;
  let error: string | undefined;
  let loading = false;
  let year: number | undefined;

  async function load(from: string, to: string): Promise<void> {
    loading = true;
    render();
    const query = new URLSearchParams();
    if (from) {
      query.set("from", from);
    }
    if (to) {
      query.set("to", to);
    }
    const search = query.toString();
    try {
      data = await getJson<OfficialJson>(`api/stats/official${search ? `?${search}` : ""}`);
      error = undefined;
      const years = data.years.map((y) => Number(y.label));
      if (year === undefined || !years.includes(year)) {
        year = years.at(-1);
      }
    } catch (e) {
      error = errorMessage(e);
    }
    loading = false;
    render();
  }

  function yearPicker(): HTMLElement {
    const select = h("select", { className: "input", attrs: { id: "official-year" }, dataset: { focus: "official-year" } });
    for (const y of data?.years ?? []) {
      const option = h("option", { text: y.label, attrs: { value: y.label } });
      option.selected = Number(y.label) === year;
      select.append(option);
    }
    select.addEventListener("change", () => setYear(Number(select.value)));
    return h("label", { className: "stats__picker", attrs: { for: "official-year" } }, `${t("official.year")} `, select);
  }

  function charts(d: OfficialJson): Node[] {
    const people = t("official.people");
    const boats = t("official.boats");
    const months = d.months.filter((m) => m.label.startsWith(`${year ?? ""}-`));
    const figures: Node[] = [
      chartFigure({
        id: "official-years",
        title: t("official.years"),
        kind: "bar",
        labels: d.years.map((y) => y.label),
        series: [
          { label: people, data: d.years.map((y) => y.people), colour: COLOURS.people },
          { label: boats, data: d.years.map((y) => y.boats), colour: COLOURS.boats, right: true },
          { label: t("official.peopleChange"), data: d.years.map((y) => y.peopleChangePercent), colour: COLOURS.accent, tableOnly: true },
        ],
      }),
      chartFigure({
        id: "official-months",
        title: t("official.months", { year: year ?? "" }),
        kind: "bar",
        labels: months.map((m) => monthName(Number(m.label.slice(5)))),
        series: [
          { label: people, data: months.map((m) => m.people), colour: COLOURS.people },
          { label: boats, data: months.map((m) => m.boats), colour: COLOURS.boats, right: true },
        ],
        controls: yearPicker(),
      }),
      chartFigure({
        id: "official-rolling",
        title: t("official.rolling"),
        kind: "line",
        labels: d.rolling7Day.map((p) => p.date),
        series: [
          { label: t("official.peoplePerDay"), data: d.rolling7Day.map((p) => p.peoplePerDay), colour: COLOURS.people },
          { label: t("official.boatsPerDay"), data: d.rolling7Day.map((p) => p.boatsPerDay), colour: COLOURS.boats, right: true },
        ],
        decimals: 1,
      }),
      chartFigure({
        id: "official-per-boat",
        title: t("official.perBoat"),
        kind: "line",
        labels: d.months.map((m) => m.label),
        series: [{ label: t("official.peoplePerBoat"), data: d.months.map((m) => m.peoplePerBoat), colour: COLOURS.accent }],
        decimals: 1,
      }),
      chartFigure({
        id: "official-seasonality",
        title: t("official.season"),
        kind: "bar",
        labels: d.seasonality.map((m) => monthName(m.month)),
        series: [{ label: t("official.share"), data: d.seasonality.map((m) => m.sharePercent), colour: COLOURS.people }],
        decimals: 1,
      }),
    ];
    if (d.weeklyImported) {
      figures.push(
        chartFigure({
          id: "official-prevention",
          title: t("official.prevention"),
          kind: "bar",
          labels: d.prevention.map((p) => String(p.year)),
          series: [
            { label: t("official.arrived"), data: d.prevention.map((p) => p.peopleArrived), colour: COLOURS.people },
            { label: t("official.prevented"), data: d.prevention.map((p) => p.peoplePrevented), colour: COLOURS.prevented },
            { label: t("official.preventedShare"), data: d.prevention.map((p) => p.preventedSharePercent), colour: COLOURS.accent, tableOnly: true },
          ],
        }),
      );
    } else {
      figures.push(h("p", { className: "panel__empty", text: t("official.noWeekly") }));
    }
    return figures;
  }

  function facts(d: OfficialJson): Node[] {
    const lines: Node[] = [
      h("p", {
        className: "stats__facts",
        text: t("official.span", { from: d.seriesFrom ?? "", to: d.seriesTo ?? "", rangeFrom: d.from ?? "", rangeTo: d.to ?? "" }),
      }),
    ];
    if (d.recordDay) {
      lines.push(
        h("p", {
          className: "stats__facts",
          dataset: { field: "record-day" },
          text: t("official.recordDay", { date: d.recordDay.date, people: formatNumber(d.recordDay.people), boats: formatNumber(d.recordDay.boats) }),
        }),
      );
    }
    if (d.recordMonth) {
      lines.push(
        h("p", {
          className: "stats__facts",
          dataset: { field: "record-month" },
          text: t("official.recordMonth", { month: d.recordMonth.label, people: formatNumber(d.recordMonth.people) }),
        }),
      );
    }
    return lines;
  }

  function render(): void {
    // Redrawn whole: a chart left out this time (no weekly series, nothing imported) must not linger.
    dropCharts((id) => !id.startsWith("official-"));
    let state: string;
    let content: Node[];
    if (error) {
      state = "error";
      content = [h("p", { className: "panel__error", text: error })];
    } else if (!data) {
      state = "loading";
      content = [h("p", { className: "panel__empty", text: t("stats.loading") })];
    } else if (!data.imported) {
      state = "none";
      content = [h("p", { className: "panel__empty", text: t("official.none") })];
    } else {
      state = "ready";
      content = [...facts(data), h("div", { className: "chart-grid" }, ...charts(data)), h("p", { className: "stats__source", text: t("official.source") })];
    }
    root.dataset["state"] = loading && data ? "loading" : state;
    replaceKeepingFocus(root, h("h2", { className: "stats__heading", text: t("official.heading") }), ...content);
  }

  function setYear(value: number): void {
    year = value;
    render();
  }

  return { load, render, data: () => data, setYear, year: () => year };
}
