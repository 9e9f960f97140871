// The live (or replayed) tracks: one feature per track for its symbol, one for its trail and one for its heading vector.
// Features are created once per track and updated in place every frame; styles come from caches (trackSymbols.ts).

import Feature, { type FeatureLike } from "ol/Feature";
import LineString from "ol/geom/LineString";
import Point from "ol/geom/Point";
import type BaseLayer from "ol/layer/Base";
import VectorLayer from "ol/layer/Vector";
import { fromLonLat } from "ol/proj";
import VectorSource from "ol/source/Vector";
import type Style from "ol/style/Style";
import type { TrackJson } from "../live/types";
import {
  certainty,
  headingBucket,
  labelStyle,
  lineStyle,
  peopleStyle,
  SELECTED_STYLE,
  sizeBucket,
  symbolClass,
  symbolStyle,
  type SymbolClass,
} from "./trackSymbols";

/** Positions kept per track for its trail. */
export const TRAIL_LENGTH = 20;
/** The heading vector shows where the track will be after this much travel. */
const VECTOR_HOURS = 0.1;
const METRES_PER_NM = 1852;

interface TrackState {
  track: TrackJson;
  symbol: Feature<Point>;
  trail: Feature<LineString>;
  vector: Feature<LineString>;
  /** Flat EPSG:3857 coordinates, oldest first, at most TRAIL_LENGTH positions. */
  history: number[];
  label: string;
  labelStyle: Style | undefined;
  people: number | null | undefined;
  peopleStyle: Style | undefined;
  /** Reused style array handed to OpenLayers. */
  styles: Style[];
}

export interface TrackLayer {
  readonly layers: readonly BaseLayer[];
  /** Replaces the picture with these tracks: updates existing ones in place, adds new ones, removes the missing. */
  update(tracks: readonly TrackJson[]): void;
  /** Removes every track and trail (e.g. switching between live and replay). */
  clear(): void;
  count(): number;
  positions(): Record<string, [number, number]>;
  get(id: string): TrackJson | undefined;
  /** The track of a rendered feature (symbol, trail or vector), if it is one. */
  trackOf(feature: FeatureLike): TrackJson | undefined;
  isTrackLayer(layer: BaseLayer): boolean;
  /** Rings a track (the one whose details are open), or none. */
  select(id: string | undefined): void;
}

export function trackLabel(track: TrackJson): string {
  if (track.name && track.name.trim().length > 0) {
    return track.name.trim();
  }
  if (track.mmsi !== null && track.mmsi !== undefined) {
    return String(track.mmsi);
  }
  return `T${track.id}`;
}

/** Labels from this size bucket on, per class: small boats are always named, the traffic only when zoomed in. */
const LABEL_FROM: Record<SymbolClass, number> = { "small-boat": 0, "vessel-ais": 2, "unknown": 2 };

export function createTrackLayer(): TrackLayer {
  const states = new Map<string, TrackState>();
  let selected: string | undefined;
  // No spatial index: every feature moves every second, and keeping an R-tree up to date would cost more than it
  // saves (the whole strait is usually in view anyway).
  const symbolSource = new VectorSource<Feature<Point>>({ useSpatialIndex: false });
  const lineSource = new VectorSource<Feature<LineString>>({ useSpatialIndex: false });

  function symbolStyles(feature: FeatureLike, resolution: number): Style[] {
    const state = states.get(String(feature.getId()));
    if (!state) {
      return [];
    }
    const { track } = state;
    const cls = symbolClass(track.class);
    const size = sizeBucket(resolution);
    const styles = state.styles;
    styles.length = 0;
    if (selected === feature.getId()) {
      styles.push(SELECTED_STYLE);
    }
    styles.push(symbolStyle(cls, certainty(track.status), size, headingBucket(track.courseDegrees, track.speedKnots)));
    // Tentative tracks are often clutter: named only when zoomed in, like the traffic.
    const labelFrom = track.status === "tentative" ? 2 : LABEL_FROM[cls];
    if (size >= labelFrom) {
      state.labelStyle ??= labelStyle(state.label, cls);
      styles.push(state.labelStyle);
    }
    if (cls === "small-boat" && state.people != null && state.people > 0) {
      state.peopleStyle ??= peopleStyle(state.people);
      styles.push(state.peopleStyle);
    }
    return styles;
  }

  function lineStyles(feature: FeatureLike, resolution: number): Style | undefined {
    const state = states.get(String(feature.get("track")));
    if (!state) {
      return undefined;
    }
    const part = feature.get("part") === "vector" ? "vector" : "trail";
    const cls = symbolClass(state.track.class);
    // Ship trails are clutter (and most of the drawing) at strait-wide zooms: the traffic keeps to its lanes.
    if (part === "trail" && cls === "vessel-ais" && sizeBucket(resolution) < 2) {
      return undefined;
    }
    return lineStyle(part, cls, certainty(state.track.status));
  }

  const lineLayer = new VectorLayer({
    source: lineSource,
    style: lineStyles,
    zIndex: 200,
    updateWhileAnimating: false,
    updateWhileInteracting: false,
    properties: { kind: "tracks-lines" },
  });
  const symbolLayer = new VectorLayer({
    source: symbolSource,
    style: symbolStyles,
    zIndex: 210,
    // Labels give way to each other; the symbols themselves never hide (declutterMode "none").
    declutter: "tracks",
    updateWhileAnimating: false,
    updateWhileInteracting: false,
    properties: { kind: "tracks" },
  });
  const own = new Set<BaseLayer>([lineLayer, symbolLayer]);

  function vectorEnd(x: number, y: number, track: TrackJson): [number, number] {
    const metres = Math.max(0, track.speedKnots) * METRES_PER_NM * VECTOR_HOURS;
    // EPSG:3857 stretches distances by 1/cos(latitude).
    const scale = metres / Math.cos((track.lat * Math.PI) / 180);
    const course = (track.courseDegrees * Math.PI) / 180;
    return [x + scale * Math.sin(course), y + scale * Math.cos(course)];
  }

  function create(key: string, track: TrackJson, x: number, y: number): TrackState {
    const symbol = new Feature<Point>({ geometry: new Point([x, y]) });
    symbol.setId(key);
    const trail = new Feature<LineString>({ geometry: new LineString([x, y, x, y], "XY"), track: key, part: "trail" });
    const vector = new Feature<LineString>({
      geometry: new LineString([x, y, ...vectorEnd(x, y, track)], "XY"),
      track: key,
      part: "vector",
    });
    return {
      track,
      symbol,
      trail,
      vector,
      history: [x, y],
      label: trackLabel(track),
      labelStyle: undefined,
      people: track.people,
      peopleStyle: undefined,
      styles: [],
    };
  }

  function refresh(state: TrackState, track: TrackJson, x: number, y: number): void {
    const previous = state.track;
    state.track = track;
    const label = trackLabel(track);
    if (label !== state.label || symbolClass(previous.class) !== symbolClass(track.class)) {
      state.label = label;
      state.labelStyle = undefined;
    }
    if (track.people !== state.people) {
      state.people = track.people;
      state.peopleStyle = undefined;
    }
    const h = state.history;
    const n = h.length;
    if (h[n - 2] !== x || h[n - 1] !== y) {
      h.push(x, y);
      if (h.length > TRAIL_LENGTH * 2) {
        h.splice(0, h.length - TRAIL_LENGTH * 2);
      }
    }
    state.symbol.getGeometry()?.setCoordinates([x, y]);
    const trail = state.trail.getGeometry();
    if (trail) {
      trail.setFlatCoordinates("XY", h.length >= 4 ? h.slice() : [x, y, x, y]);
      trail.changed();
    }
    const vector = state.vector.getGeometry();
    if (vector) {
      const [ex, ey] = vectorEnd(x, y, track);
      vector.setFlatCoordinates("XY", [x, y, ex, ey]);
      vector.changed();
    }
    if (previous.status !== track.status || previous.class !== track.class) {
      // The line layer picks its style when the feature changes; its geometry changed anyway.
      state.symbol.changed();
    }
  }

  function update(tracks: readonly TrackJson[]): void {
    // Every moved geometry tells its source, and every source change would go on to its layer and the map: three
    // geometries a track, 6,000 round trips a frame at 2,000 tracks. Detached while they move, the layers hear once,
    // when their sources are set back (bench/map-smoothness.sh).
    lineLayer.setSource(null);
    symbolLayer.setSource(null);
    try {
      updateTracks(tracks);
    } finally {
      lineLayer.setSource(lineSource);
      symbolLayer.setSource(symbolSource);
    }
  }

  function updateTracks(tracks: readonly TrackJson[]): void {
    const seen = new Set<string>();
    const newSymbols: Feature<Point>[] = [];
    const newLines: Feature<LineString>[] = [];
    for (const track of tracks) {
      if (!Number.isFinite(track.lat) || !Number.isFinite(track.lon)) {
        continue;
      }
      const key = String(track.id);
      seen.add(key);
      const [x = 0, y = 0] = fromLonLat([track.lon, track.lat]);
      const state = states.get(key);
      if (state) {
        refresh(state, track, x, y);
      } else {
        const created = create(key, track, x, y);
        states.set(key, created);
        newSymbols.push(created.symbol);
        newLines.push(created.trail, created.vector);
      }
    }
    for (const [key, state] of states) {
      if (!seen.has(key)) {
        states.delete(key);
        symbolSource.removeFeature(state.symbol);
        lineSource.removeFeature(state.trail);
        lineSource.removeFeature(state.vector);
      }
    }
    if (newSymbols.length > 0) {
      symbolSource.addFeatures(newSymbols);
      lineSource.addFeatures(newLines);
    }
  }

  function clear(): void {
    states.clear();
    symbolSource.clear(true);
    lineSource.clear(true);
    symbolSource.changed();
    lineSource.changed();
  }

  return {
    layers: [lineLayer, symbolLayer],
    update,
    clear,
    count: () => states.size,
    positions() {
      const out: Record<string, [number, number]> = {};
      for (const [key, { track }] of states) {
        out[key] = [track.lon, track.lat];
      }
      return out;
    },
    get: (id) => states.get(id)?.track,
    trackOf(feature) {
      const key = feature.getId() ?? feature.get("track");
      return key === undefined ? undefined : states.get(String(key))?.track;
    },
    isTrackLayer: (layer) => own.has(layer),
    select(id) {
      if (id !== selected) {
        selected = id;
        symbolLayer.changed();
      }
    },
  };
}
