// The OpenLayers map: view, controls, graticule and one vector layer per geography kind.

import type { Coordinate } from "ol/coordinate";
import Attribution from "ol/control/Attribution";
import MousePosition from "ol/control/MousePosition";
import ScaleLine from "ol/control/ScaleLine";
import Zoom from "ol/control/Zoom";
import type Feature from "ol/Feature";
import GeoJSON from "ol/format/GeoJSON";
import type Geometry from "ol/geom/Geometry";
import type BaseLayer from "ol/layer/Base";
import Graticule from "ol/layer/Graticule";
import VectorLayer from "ol/layer/Vector";
import OlMap from "ol/Map";
import { fromLonLat } from "ol/proj";
import VectorSource from "ol/source/Vector";
import Fill from "ol/style/Fill";
import Stroke from "ol/style/Stroke";
import Text from "ol/style/Text";
import View from "ol/View";
import { formatGraticule, formatPosition } from "./format";
import { t } from "./i18n";
import { isKind, type Kind, KINDS, OTHER, zIndexOf } from "./kinds";
import { styleFunctionFor } from "./layers/styles";

export type KindLayer = VectorLayer<VectorSource<Feature<Geometry>>, Feature<Geometry>>;
export type LayerKey = Kind | typeof OTHER;

/** Initial view: the Dover Strait from Dungeness to Dunkirk. */
export const HOME = { lon: 1.45, lat: 51.0, zoom: 9.5 } as const;

/** Shifts the view centre left on wide screens, so that Dunkirk is not under the legend panel (top right). */
const LEGEND_PADDING_PX = 190;
const WIDE_SCREEN_PX = 960;


export interface EntenteMap {
  readonly map: OlMap;
  /** One layer per known kind, plus one for unknown kinds. */
  readonly layers: ReadonlyMap<LayerKey, KindLayer>;
  /** True for the geography layers (not the graticule). */
  isGeographyLayer(layer: BaseLayer): boolean;
  /** Reads a GeoJSON FeatureCollection (WGS84) into the layers; returns the features added. */
  addGeography(collection: unknown): Feature<Geometry>[];
}

function createKindLayer(key: LayerKey): KindLayer {
  const isPointKind = zIndexOf(key) >= zIndexOf("landing");
  return new VectorLayer({
    source: new VectorSource<Feature<Geometry>>(),
    style: styleFunctionFor(key),
    zIndex: zIndexOf(key),
    // Point labels share one declutter group; the symbols themselves are never hidden.
    declutter: isPointKind ? "points" : false,
    updateWhileAnimating: true,
    updateWhileInteracting: true,
    properties: { kind: key },
  });
}

function createGraticule(): Graticule {
  const labelFill = new Fill({ color: "rgba(186, 200, 214, 0.75)" });
  const labelStroke = new Stroke({ color: "rgba(3, 8, 14, 0.9)", width: 3 });
  const font = '11px "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif';
  return new Graticule({
    strokeStyle: new Stroke({ color: "rgba(148, 176, 204, 0.13)", width: 1 }),
    showLabels: true,
    wrapX: false,
    // Above the land, below the routeing zones, lines and points.
    zIndex: zIndexOf("land") + 5,
    targetSize: 110,
    intervals: [1, 30 / 60, 20 / 60, 10 / 60, 5 / 60, 2 / 60, 1 / 60],
    lonLabelFormatter: (lon) => formatGraticule(lon, "E", "W"),
    latLabelFormatter: (lat) => formatGraticule(lat, "N", "S"),
    lonLabelPosition: 0.985,
    latLabelPosition: 0.012,
    lonLabelStyle: new Text({ font, fill: labelFill, stroke: labelStroke, textBaseline: "top" }),
    latLabelStyle: new Text({ font, fill: labelFill, stroke: labelStroke, textAlign: "left" }),
  });
}

export function createMap(target: HTMLElement): EntenteMap {
  const layers = new Map<LayerKey, KindLayer>();
  for (const key of [...KINDS, OTHER] as const) {
    layers.set(key, createKindLayer(key));
  }
  const geographyLayers = new Set<BaseLayer>(layers.values());

  const map = new OlMap({
    target,
    layers: [createGraticule(), ...layers.values()],
    view: new View({
      center: fromLonLat([HOME.lon, HOME.lat]),
      zoom: HOME.zoom,
      minZoom: 6,
      maxZoom: 16,
      enableRotation: false,
      padding: [0, window.innerWidth >= WIDE_SCREEN_PX ? LEGEND_PADDING_PX : 0, 0, 0],
    }),
    controls: [
      new Zoom(),
      new ScaleLine({ units: "nautical", minWidth: 90 }),
      new Attribution({ collapsible: false }),
      new MousePosition({
        projection: "EPSG:4326",
        coordinateFormat: (coordinate?: Coordinate) =>
          coordinate && coordinate.length >= 2 ? formatPosition(coordinate[0] ?? 0, coordinate[1] ?? 0) : "",
        placeholder: "",
      }),
    ],
  });

  // Redraw in the same frame as a window resize (OpenLayers would otherwise wait for the next
  // animation frame, which a headless screenshot taken right after resizing does not wait for).
  window.addEventListener("resize", () => {
    map.updateSize();
    map.renderSync();
  });

  const format = new GeoJSON<Feature<Geometry>>({
    dataProjection: "EPSG:4326",
    featureProjection: "EPSG:3857",
  });

  function addGeography(collection: unknown): Feature<Geometry>[] {
    const features = format.readFeatures(collection);
    const byLayer = new Map<LayerKey, Feature<Geometry>[]>();
    for (const feature of features) {
      const kind: unknown = feature.get("kind");
      const key: LayerKey = isKind(kind) ? kind : OTHER;
      const list = byLayer.get(key) ?? [];
      list.push(feature);
      byLayer.set(key, list);
    }
    for (const [key, list] of byLayer) {
      const source = layers.get(key)?.getSource();
      source?.addFeatures(list);
      if (key === "land") {
        // A function, so that the attribution follows the language at every render.
        source?.setAttributions(() => t("map.attribution"));
      }
    }
    return features;
  }

  return {
    map,
    layers,
    isGeographyLayer: (layer) => geographyLayers.has(layer),
    addGeography,
  };
}
