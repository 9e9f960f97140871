// `window.entente` on the statistics page: what browser tests read of the charts shown.

import type { ChartInfo } from "./charts";
import type { OperationalResult } from "./operationalApi";
import type { OfficialJson } from "./types";

export interface StatsHook {
  /** Resolves once both sections have loaded (or shown why they could not) for the first time. */
  readonly ready: Promise<void>;
  /** Each chart on the page by id (`official-years`, `official-months`, `ops-launches`, …): title, labels, data. */
  charts(): Record<string, ChartInfo>;
  /** The latest answer of GET api/stats/official, or undefined before it (or when it failed). */
  official(): OfficialJson | undefined;
  /** The latest operational result: `ok` with the data, `refused` (400) or `unavailable`. */
  operational(): OperationalResult | undefined;
  /** The year whose months are shown. */
  year(): number | undefined;
  /** Completed loads of both sections (the first included). */
  loads(): number;
  /** Sets the date range (YYYY-MM-DD or empty) and reloads; resolves once both sections are drawn. */
  setRange(from: string, to: string): Promise<void>;
}

export function installStatsHook(hook: StatsHook): void {
  // The map page declares window.entente with its own hook; this page has another.
  (window as unknown as { entente: StatsHook }).entente = hook;
}
