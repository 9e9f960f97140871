// Sensors: their status (GET api/sensors) listed in the legend, and their coverage (GET api/sensors/coverage) as a
// map layer that the legend toggles.

import { h } from "./dom";
import { t, tryT } from "./i18n";
import { type CoverageLayer, setCoverage } from "./layers/coverage";
import { errorMessage, getJson } from "./live/http";
import type { SensorJson } from "./live/types";
import { utcTime } from "./time";

/** Sensor status is re-read this often (it changes within minutes of picture time). */
const REFRESH_MS = 20000;

export interface Sensors {
  /** The legend section: the coverage toggle and the sensor list. */
  section(): HTMLElement;
  setCoverageVisible(visible: boolean): Promise<void>;
  list(): readonly SensorJson[];
}

export function createSensors(layer: CoverageLayer, changed: () => void): Sensors {
  let sensors: SensorJson[] = [];
  let error: string | undefined;
  let coverageLoaded = false;

  async function refresh(): Promise<void> {
    try {
      sensors = await getJson<SensorJson[]>("api/sensors");
      error = undefined;
    } catch (e) {
      error = errorMessage(e);
    }
    changed();
  }

  async function setCoverageVisible(visible: boolean): Promise<void> {
    layer.setVisible(visible);
    if (visible) {
      try {
        // Re-read each time it is shown: statuses colour the areas.
        setCoverage(layer, await getJson<unknown>("api/sensors/coverage"));
        coverageLoaded = true;
        error = undefined;
      } catch (e) {
        error = errorMessage(e);
      }
    }
    changed();
  }

  /** e.g. "3 live · 1 silent · 18 not heard": the state of the watch at a glance, before the long list. */
  function summary(): string {
    const counts = new Map<string, number>();
    for (const s of sensors) {
      counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
    }
    return [...counts].map(([status, n]) => `${n} ${tryT(`sensorStatus.${status}`, status)}`).join(" · ");
  }

  function section(): HTMLElement {
    const box = h("input", { attrs: { type: "checkbox", id: "coverage-toggle" }, dataset: { focus: "coverage" } });
    box.checked = layer.getVisible();
    box.addEventListener("change", () => void setCoverageVisible(box.checked));
    const toggle = h("label", { className: "check legend__check", attrs: { for: "coverage-toggle" } }, box, ` ${t("legend.coverage")}`);
    const items = sensors.map((s) =>
      h(
        "li",
        { className: "sensor", dataset: { status: s.status, id: s.id }, attrs: { title: t("sensors.lastHeard", { time: utcTime(s.lastHeard) }) } },
        h("span", { className: `sensor__dot sensor__dot--${s.status}`, attrs: { "aria-hidden": "true" } }),
        h("span", { className: "sensor__name", text: s.name }),
        h("span", { className: "sensor__kind", text: tryT(`sensorKind.${s.kind}`, s.kind) }),
        h("span", { className: "sensor__status", text: tryT(`sensorStatus.${s.status}`, s.status) }),
      ),
    );
    return h(
      "div",
      { className: "legend__group" },
      h("h2", { className: "legend__heading", text: t("legend.sensors") }),
      toggle,
      sensors.length > 0 ? h("p", { className: "sensors__summary", text: summary() }) : null,
      error ? h("p", { className: "panel__error", text: error }) : null,
      items.length > 0 ? h("ul", { className: "legend__list sensors" }, ...items) : null,
      coverageLoaded || !layer.getVisible() ? null : h("p", { className: "panel__empty", text: t("incident.loading") }),
    );
  }

  void refresh();
  window.setInterval(() => void refresh(), REFRESH_MS);
  return { section, setCoverageVisible, list: () => sensors };
}
