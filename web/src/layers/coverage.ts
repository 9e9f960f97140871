// Sensor coverage (GET api/sensors/coverage): one polygon per sensor, coloured by its status. Hidden until asked for.

import type { FeatureLike } from "ol/Feature";
import type Feature from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import type Geometry from "ol/geom/Geometry";
import VectorLayer from "ol/layer/Vector";
import VectorSource from "ol/source/Vector";
import Fill from "ol/style/Fill";
import Stroke from "ol/style/Stroke";
import Style from "ol/style/Style";

export const STATUS_COLOURS: Record<string, string> = {
  live: "74, 222, 128",
  silent: "251, 191, 36",
  unheard: "148, 163, 184",
};

const styles = new Map<string, Style>();

export function coverageStyle(status: string): Style {
  let style = styles.get(status);
  if (!style) {
    const rgb = STATUS_COLOURS[status] ?? STATUS_COLOURS["unheard"] ?? "148, 163, 184";
    style = new Style({
      fill: new Fill({ color: `rgba(${rgb}, 0.06)` }),
      stroke: new Stroke({ color: `rgba(${rgb}, 0.7)`, width: 1.2, lineDash: status === "live" ? undefined : [5, 4] }),
    });
    styles.set(status, style);
  }
  return style;
}

export type CoverageLayer = VectorLayer<VectorSource<Feature<Geometry>>, Feature<Geometry>>;

export function createCoverageLayer(): CoverageLayer {
  return new VectorLayer({
    source: new VectorSource<Feature<Geometry>>(),
    style: (feature: FeatureLike) => coverageStyle(String(feature.get("status") ?? "unheard")),
    zIndex: 100,
    visible: false,
    properties: { kind: "sensor-coverage" },
  });
}

export function setCoverage(layer: CoverageLayer, collection: unknown): void {
  const format = new GeoJSON<Feature<Geometry>>({ dataProjection: "EPSG:4326", featureProjection: "EPSG:3857" });
  const source = layer.getSource();
  source?.clear(true);
  source?.addFeatures(format.readFeatures(collection));
  source?.changed();
}
