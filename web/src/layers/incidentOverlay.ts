// The open incident on the map: its drift (particles, 50% and 90% containment, datum) and its search plan.

import type { FeatureLike } from "ol/Feature";
import type Feature from "ol/Feature";
import { createEmpty, type Extent, extend, isEmpty } from "ol/extent";
import GeoJSON from "ol/format/GeoJSON";
import type Geometry from "ol/geom/Geometry";
import type BaseLayer from "ol/layer/Base";
import VectorLayer from "ol/layer/Vector";
import VectorSource from "ol/source/Vector";
import CircleStyle from "ol/style/Circle";
import Fill from "ol/style/Fill";
import RegularShape from "ol/style/RegularShape";
import Stroke from "ol/style/Stroke";
import Style from "ol/style/Style";
import Text from "ol/style/Text";

const format = new GeoJSON<Feature<Geometry>>({ dataProjection: "EPSG:4326", featureProjection: "EPSG:3857" });

const PARTICLE = new Style({
  image: new CircleStyle({ radius: 1.3, fill: new Fill({ color: "rgba(250, 204, 21, 0.55)" }) }),
});
const CONTAINMENT_50 = new Style({
  stroke: new Stroke({ color: "#fb7185", width: 2.2 }),
  fill: new Fill({ color: "rgba(251, 113, 133, 0.10)" }),
  zIndex: 3,
});
const CONTAINMENT_90 = new Style({
  stroke: new Stroke({ color: "#fbbf24", width: 1.8, lineDash: [7, 5] }),
  fill: new Fill({ color: "rgba(251, 191, 36, 0.05)" }),
  zIndex: 2,
});
const DATUM = new Style({
  image: new RegularShape({
    points: 4,
    radius: 10,
    radius2: 0,
    angle: Math.PI / 4,
    stroke: new Stroke({ color: "#ffffff", width: 2.5 }),
  }),
  zIndex: 5,
});
const PLAN_TRACK = new Style({ stroke: new Stroke({ color: "#22d3ee", width: 1.6 }), zIndex: 4 });
const PLAN_AREA = new Style({
  stroke: new Stroke({ color: "rgba(34, 211, 238, 0.9)", width: 1.2, lineDash: [2, 3] }),
  fill: new Fill({ color: "rgba(34, 211, 238, 0.07)" }),
  zIndex: 1,
});
const planLabels = new Map<string, Style>();

function planLabel(asset: string): Style {
  let style = planLabels.get(asset);
  if (!style) {
    style = new Style({
      text: new Text({
        text: asset,
        font: '600 11px "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif',
        fill: new Fill({ color: "#a5f3fc" }),
        stroke: new Stroke({ color: "rgba(3, 8, 14, 0.9)", width: 3 }),
        overflow: true,
      }),
      zIndex: 6,
    });
    planLabels.set(asset, style);
  }
  return style;
}

function driftStyle(feature: FeatureLike): Style | undefined {
  switch (feature.get("kind")) {
    case "particles":
      return PARTICLE;
    case "containment": {
      const level = Number(feature.get("level"));
      // The level is a probability (0.5) or a percentage (50): either way, the inner area is the 50% one.
      return level <= 0.5 || (level > 1 && level <= 50) ? CONTAINMENT_50 : CONTAINMENT_90;
    }
    case "datum":
      return DATUM;
    default:
      return undefined;
  }
}

function planStyle(feature: FeatureLike): Style | Style[] {
  if (feature.get("role") === "area") {
    return [PLAN_AREA, planLabel(String(feature.get("asset") ?? ""))];
  }
  return PLAN_TRACK;
}

export interface IncidentOverlay {
  readonly layers: readonly BaseLayer[];
  setDrift(collection: unknown): void;
  setPlan(collection: unknown): void;
  clear(): void;
  /** Feature counts per drift kind and plan role, for tests. */
  counts(): Record<string, number>;
  /** The extent (EPSG:3857) of the drift's containment areas and datum, if any. */
  driftExtent(): Extent | undefined;
}

export function createIncidentOverlay(): IncidentOverlay {
  const drift = new VectorSource<Feature<Geometry>>();
  const plan = new VectorSource<Feature<Geometry>>();
  const driftLayer = new VectorLayer({ source: drift, style: driftStyle, zIndex: 150, properties: { kind: "drift" } });
  const planLayer = new VectorLayer({ source: plan, style: planStyle, zIndex: 160, properties: { kind: "plan" } });

  function replace(source: VectorSource<Feature<Geometry>>, collection: unknown): void {
    source.clear(true);
    if (collection) {
      source.addFeatures(format.readFeatures(collection));
    }
    source.changed();
  }

  return {
    layers: [driftLayer, planLayer],
    setDrift: (collection) => replace(drift, collection),
    setPlan: (collection) => replace(plan, collection),
    clear() {
      replace(drift, undefined);
      replace(plan, undefined);
    },
    driftExtent() {
      const extent = createEmpty();
      for (const f of drift.getFeatures()) {
        const geometry = f.getGeometry();
        if (geometry && f.get("kind") !== "particles") {
          extend(extent, geometry.getExtent());
        }
      }
      return isEmpty(extent) ? undefined : extent;
    },
    counts() {
      const out: Record<string, number> = {};
      for (const f of drift.getFeatures()) {
        const key = `drift:${String(f.get("kind"))}`;
        out[key] = (out[key] ?? 0) + 1;
      }
      for (const f of plan.getFeatures()) {
        const key = `plan:${String(f.get("role"))}`;
        out[key] = (out[key] ?? 0) + 1;
      }
      return out;
    },
  };
}
