// The launches-per-beach layer's legend section: a toggle, the symbol, and what the layer shows (the operational
// statistics' default nights), or that there are no operational statistics when the endpoint is absent or fails.

import { h } from "./dom";
import { t } from "./i18n";
import { type BeachLaunchesLayer, beachRadius, setBeachLaunches } from "./layers/beachLaunches";
import { fetchOperational, type OperationalResult } from "./stats/operationalApi";

/** Re-read this often while shown: launches are counted as the night goes on. */
const REFRESH_MS = 60000;

export interface BeachLaunches {
  section(): HTMLElement;
  setVisible(visible: boolean): Promise<void>;
  /** `hidden`, `loading`, `ok`, `refused` or `unavailable`. */
  state(): string;
}

function symbol(): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(34 * ratio);
  canvas.height = Math.round(22 * ratio);
  canvas.className = "legend__symbol";
  canvas.setAttribute("aria-hidden", "true");
  const ctx = canvas.getContext("2d");
  if (ctx) {
    ctx.scale(ratio, ratio);
    ctx.fillStyle = "rgba(255, 106, 19, 0.35)";
    ctx.strokeStyle = "#ff6a13";
    ctx.lineWidth = 1.6;
    ctx.beginPath();
    ctx.arc(17, 11, Math.min(10, beachRadius(1)), 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = "#fff7ed";
    ctx.font = "700 10px sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText("3", 17, 11.5);
  }
  return canvas;
}

export function createBeachLaunches(layer: BeachLaunchesLayer, changed: () => void): BeachLaunches {
  let result: OperationalResult | undefined;
  let loading = false;
  let timer: number | undefined;

  async function refresh(): Promise<void> {
    loading = true;
    changed();
    result = await fetchOperational();
    setBeachLaunches(layer, result.state === "ok" ? result.data.beaches : []);
    loading = false;
    changed();
  }

  async function setVisible(visible: boolean): Promise<void> {
    layer.setVisible(visible);
    window.clearInterval(timer);
    timer = undefined;
    if (visible) {
      timer = window.setInterval(() => void refresh(), REFRESH_MS);
      await refresh();
    } else {
      changed();
    }
  }

  function status(): HTMLElement | null {
    if (!layer.getVisible()) {
      return null;
    }
    if (loading && !result) {
      return h("p", { className: "panel__empty", text: t("incident.loading") });
    }
    if (!result || result.state !== "ok") {
      return h("p", { className: "panel__empty", dataset: { field: "beach-launches" }, text: t("ops.none"), attrs: { title: result?.reason ?? "" } });
    }
    const launched = result.data.beaches.filter((b) => b.launches > 0);
    return h("p", {
      className: "sensors__summary",
      dataset: { field: "beach-launches" },
      text: t("beaches.summary", {
        from: result.data.from,
        to: result.data.to,
        launches: launched.reduce((sum, b) => sum + b.launches, 0),
        beaches: launched.length,
      }),
    });
  }

  function section(): HTMLElement {
    const box = h("input", { attrs: { type: "checkbox", id: "beach-launches-toggle" }, dataset: { focus: "beach-launches" } });
    box.checked = layer.getVisible();
    box.addEventListener("change", () => void setVisible(box.checked));
    return h(
      "div",
      { className: "legend__group" },
      h("h2", { className: "legend__heading", text: t("beaches.heading") }),
      h("label", { className: "check legend__check", attrs: { for: "beach-launches-toggle" } }, box, ` ${t("beaches.toggle")}`),
      h("ul", { className: "legend__list" }, h("li", { className: "legend__item", dataset: { kind: "beach-launches" } }, symbol(), h("span", { className: "legend__label", text: t("beaches.symbol") }))),
      status(),
    );
  }

  function state(): string {
    if (!layer.getVisible()) {
      return "hidden";
    }
    return loading || !result ? "loading" : result.state;
  }

  return { section, setVisible, state };
}
