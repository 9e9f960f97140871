// Launches per beach (GET api/stats/operational's beaches): a circle at each beach with launches, its area
// proportional to the count, labelled with it. Beaches with none are not drawn: the layer shows where boats left.

import type { FeatureLike } from "ol/Feature";
import Feature from "ol/Feature";
import Point from "ol/geom/Point";
import VectorLayer from "ol/layer/Vector";
import { fromLonLat } from "ol/proj";
import VectorSource from "ol/source/Vector";
import CircleStyle from "ol/style/Circle";
import Fill from "ol/style/Fill";
import Stroke from "ol/style/Stroke";
import Style from "ol/style/Style";
import Text from "ol/style/Text";
import type { BeachLaunchesJson } from "../stats/types";

export type BeachLaunchesLayer = VectorLayer<VectorSource<Feature<Point>>, Feature<Point>>;

/** Radius in CSS pixels: area grows with the count, so that ten launches do not look a hundred times one. */
export function beachRadius(launches: number): number {
  return Math.min(34, 7 + 5 * Math.sqrt(launches));
}

const styles = new Map<number, Style>();

export function beachLaunchesStyle(launches: number): Style {
  let style = styles.get(launches);
  if (!style) {
    style = new Style({
      image: new CircleStyle({
        radius: beachRadius(launches),
        fill: new Fill({ color: "rgba(255, 106, 19, 0.35)" }),
        stroke: new Stroke({ color: "#ff6a13", width: 1.6 }),
      }),
      text: new Text({
        text: String(launches),
        font: "700 12px sans-serif",
        fill: new Fill({ color: "#fff7ed" }),
        stroke: new Stroke({ color: "rgba(26, 10, 0, 0.9)", width: 3 }),
      }),
      zIndex: launches,
    });
    styles.set(launches, style);
  }
  return style;
}

export function createBeachLaunchesLayer(): BeachLaunchesLayer {
  return new VectorLayer({
    source: new VectorSource<Feature<Point>>(),
    style: (feature: FeatureLike) => beachLaunchesStyle(Number(feature.get("launches") ?? 0)),
    // Above the geography's beach markers, below the tracks.
    zIndex: 90,
    visible: false,
    properties: { kind: "beach-launches" },
  });
}

/** Replaces the circles with one per beach that had launches. */
export function setBeachLaunches(layer: BeachLaunchesLayer, beaches: readonly BeachLaunchesJson[]): void {
  const source = layer.getSource();
  source?.clear(true);
  source?.addFeatures(
    beaches
      .filter((b) => b.launches > 0 && Number.isFinite(b.lat) && Number.isFinite(b.lon))
      .map((b) => new Feature({ geometry: new Point(fromLonLat([b.lon, b.lat])), id: b.id, name: b.name, launches: b.launches, kind: "beach-launches" })),
  );
  source?.changed();
}

/** Beach id → launches, of the circles on the layer. */
export function beachLaunchCounts(layer: BeachLaunchesLayer): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const feature of layer.getSource()?.getFeatures() ?? []) {
    counts[String(feature.get("id"))] = Number(feature.get("launches"));
  }
  return counts;
}
