// The collapsible legend: every kind with the symbol the map draws for it.

import Feature from "ol/Feature";
import type Geometry from "ol/geom/Geometry";
import LineString from "ol/geom/LineString";
import Point from "ol/geom/Point";
import Polygon from "ol/geom/Polygon";
import { toContext } from "ol/render";
import { replaceKeepingFocus } from "./dom";
import { type MessageKey, t } from "./i18n";
import type { GeographyProperties, Kind } from "./kinds";
import { describeKind } from "./labels";
import { symbolStyles } from "./layers/styles";

type Shape = "area" | "line" | "point";

interface LegendEntry {
  kind: Kind;
  shape: Shape;
  /** Variant properties (nation, operator) that this entry stands for: drawn, named and counted. */
  variant?: Pick<GeographyProperties, "nation" | "operator">;
  /** Extra properties for drawing the symbol only. */
  sample?: Pick<GeographyProperties, "direction">;
}

const GROUPS: readonly { heading: MessageKey; entries: readonly LegendEntry[] }[] = [
  {
    heading: "legend.areas",
    entries: [
      { kind: "land", shape: "area" },
      { kind: "territorial-sea", shape: "area", variant: { nation: "UK" } },
      { kind: "territorial-sea", shape: "area", variant: { nation: "FR" } },
      { kind: "sar-region", shape: "area", variant: { nation: "UK" } },
      { kind: "sar-region", shape: "area", variant: { nation: "FR" } },
    ],
  },
  {
    heading: "legend.routeing",
    entries: [
      { kind: "tss-lane", shape: "area", sample: { direction: "NE" } },
      { kind: "tss-separation-zone", shape: "area" },
      { kind: "inshore-traffic-zone", shape: "area" },
    ],
  },
  {
    heading: "legend.boundaries",
    entries: [
      { kind: "territorial-boundary", shape: "line" },
      { kind: "sar-boundary", shape: "line" },
    ],
  },
  {
    heading: "legend.sites",
    entries: [
      { kind: "launch-beach", shape: "point" },
      { kind: "landing", shape: "point" },
      { kind: "lifeboat-station", shape: "point", variant: { operator: "RNLI" } },
      { kind: "lifeboat-station", shape: "point", variant: { operator: "SNSM" } },
      { kind: "coordination-centre", shape: "point" },
      { kind: "radar-site", shape: "point" },
    ],
  },
];

const SYMBOL_WIDTH = 34;
const SYMBOL_HEIGHT = 22;

function sampleGeometry(shape: Shape): Geometry {
  const w = SYMBOL_WIDTH;
  const h = SYMBOL_HEIGHT;
  switch (shape) {
    case "area":
      return new Polygon([
        [
          [2, 2],
          [w - 2, 2],
          [w - 2, h - 2],
          [2, h - 2],
          [2, 2],
        ],
      ]);
    case "line":
      return new LineString([
        [2, h / 2],
        [w - 2, h / 2],
      ]);
    case "point":
      return new Point([w / 2, h / 2]);
  }
}

function drawSymbol(entry: LegendEntry): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(SYMBOL_WIDTH * ratio);
  canvas.height = Math.round(SYMBOL_HEIGHT * ratio);
  canvas.className = "legend__symbol";
  canvas.setAttribute("aria-hidden", "true");
  const ctx = canvas.getContext("2d");
  if (!ctx) {
    return canvas;
  }
  const props: GeographyProperties = { kind: entry.kind, ...entry.variant, ...entry.sample };
  const render = toContext(ctx, { size: [SYMBOL_WIDTH, SYMBOL_HEIGHT], pixelRatio: ratio });
  const feature = new Feature({ geometry: sampleGeometry(entry.shape), ...props });
  for (const style of symbolStyles(entry.kind, props)) {
    render.drawFeature(feature, style);
  }
  return canvas;
}

function matches(entry: LegendEntry, props: GeographyProperties): boolean {
  if (props.kind !== entry.kind) {
    return false;
  }
  const variant = entry.variant ?? {};
  return (Object.keys(variant) as (keyof typeof variant)[]).every((key) => props[key] === variant[key]);
}

export interface Legend {
  /** Shows how many features of each entry were loaded. */
  setFeatures(features: readonly Feature<Geometry>[]): void;
  /** Re-renders the text (after a language change). */
  render(): void;
}

/** `extras` builds the legend's other sections (live picture, sensors) at each render. */
export function createLegend(root: HTMLElement, extras: () => Node[] = () => []): Legend {
  let expanded = true;
  let features: readonly Feature<Geometry>[] | undefined;

  function countFor(entry: LegendEntry): number | undefined {
    return features?.filter((f) => matches(entry, f.getProperties() as GeographyProperties)).length;
  }

  function render(): void {
    root.setAttribute("aria-label", t("legend.title"));

    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "legend__toggle";
    toggle.setAttribute("aria-expanded", String(expanded));
    toggle.setAttribute("aria-controls", "legend-body");
    toggle.title = t(expanded ? "legend.hide" : "legend.show");
    const title = document.createElement("span");
    title.className = "legend__title";
    title.textContent = t("legend.title");
    const chevron = document.createElement("span");
    chevron.className = "legend__chevron";
    chevron.setAttribute("aria-hidden", "true");
    toggle.append(title, chevron);
    toggle.addEventListener("click", () => {
      expanded = !expanded;
      render();
      root.querySelector<HTMLButtonElement>(".legend__toggle")?.focus();
    });

    const body = document.createElement("div");
    body.id = "legend-body";
    body.className = "legend__body";
    body.hidden = !expanded;
    for (const group of GROUPS) {
      const heading = document.createElement("h2");
      heading.className = "legend__heading";
      heading.textContent = t(group.heading);
      const list = document.createElement("ul");
      list.className = "legend__list";
      for (const entry of group.entries) {
        const item = document.createElement("li");
        item.className = "legend__item";
        item.dataset["kind"] = entry.kind;
        const label = document.createElement("span");
        label.className = "legend__label";
        label.textContent = describeKind({ kind: entry.kind, ...entry.variant });
        item.append(drawSymbol(entry), label);
        const count = countFor(entry);
        if (count !== undefined) {
          const badge = document.createElement("span");
          badge.className = "legend__count";
          badge.textContent = String(count);
          item.append(badge);
        }
        list.append(item);
      }
      body.append(heading, list);
    }
    body.append(...extras());
    toggle.dataset["focus"] = "legend-toggle";
    replaceKeepingFocus(root, toggle, body);
  }

  render();
  return {
    setFeatures(list) {
      features = list;
      render();
    },
    render,
  };
}
