// Entry point: builds the page chrome and the map, loads the geography, then follows the live picture.

import "ol/ol.css";
import "./styles.css";
import type Feature from "ol/Feature";
import type Geometry from "ol/geom/Geometry";
import { fromLonLat } from "ol/proj";
import { fetchGeography } from "./api";
import { startClock } from "./clock";
import { setText } from "./dom";
import { createFrameTimings } from "./frameTimings";
import { installHook } from "./hooks";
import { createBeachLaunches } from "./beachLaunches";
import { getLang, LANGS, onLangChange, setLang, t, translateDom } from "./i18n";
import { installInspector } from "./inspect";
import { beachLaunchCounts, createBeachLaunchesLayer } from "./layers/beachLaunches";
import { createCoverageLayer } from "./layers/coverage";
import { createIncidentOverlay } from "./layers/incidentOverlay";
import { createTrackLayer } from "./layers/tracks";
import { createLegend } from "./legend";
import { liveLegendSection } from "./liveLegend";
import { type ConnectionState, openStream } from "./live/stream";
import type { FrameJson } from "./live/types";
import { createMap } from "./map";
import { createSessionControls, requireSession } from "./session";
import { createAlertsPanel } from "./panels/alerts";
import { createIncidentPanel } from "./panels/incident";
import { createIncidentList } from "./panels/incidents";
import { createReplayBar } from "./replay";
import { createSensors } from "./sensors";
import { createSummaryBar } from "./summary";

function element<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) {
    throw new Error(`#${id} is missing from index.html`);
  }
  return el as T;
}

type LoadState = { state: "loading" } | { state: "ready"; count: number } | { state: "error" };

const mapElement = element<HTMLDivElement>("map");
const statusElement = element<HTMLSpanElement>("status");
const connectionElement = element<HTMLSpanElement>("connection");
const banner = element<HTMLDivElement>("error-banner");
const langToggle = element<HTMLButtonElement>("lang-toggle");
const detailsElement = element<HTMLElement>("details");
const incidentList = element<HTMLElement>("incident-list");

const entente = createMap(mapElement);
const tracks = createTrackLayer();
const overlay = createIncidentOverlay();
const coverage = createCoverageLayer();
const beachLayer = createBeachLaunchesLayer();
for (const layer of [coverage, beachLayer, ...overlay.layers, ...tracks.layers]) {
  entente.map.addLayer(layer);
}

function centre(lon: number, lat: number): void {
  const view = entente.map.getView();
  view.animate({ center: fromLonLat([lon, lat]), zoom: Math.max(view.getZoom() ?? 10, 10.5), duration: 400 });
}

const sensors = createSensors(coverage, () => legend.render());
const beaches = createBeachLaunches(beachLayer, () => legend.render());
const legend = createLegend(element<HTMLElement>("legend"), () => [liveLegendSection(), beaches.section(), sensors.section()]);
const inspector = installInspector(entente, mapElement, element<HTMLDivElement>("tooltip"), detailsElement, tracks);
const sessionControls = createSessionControls(element<HTMLElement>("operator"));
const summary = createSummaryBar(element<HTMLElement>("summary"), element<HTMLElement>("picture-time"));

const incidents = createIncidentList((id) => void incidentPanel.open(id));
incidentList.replaceChildren(incidents.element);
const incidentPanel = createIncidentPanel(element<HTMLElement>("incident"), {
  overlay,
  centre,
  fit(extent) {
    entente.map.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom: 13, duration: 400 });
  },
  shown(open) {
    incidentList.hidden = open;
    element<HTMLElement>("incidents").dataset["open"] = String(open);
  },
});
const alerts = createAlertsPanel(element<HTMLElement>("alerts"), {
  centre,
  openIncident: (id) => void incidentPanel.open(id),
});

let lastFrame: FrameJson | undefined;
let frames = 0;
let shownTime: string | undefined;
let connection: ConnectionState = "connecting";

function refreshSelectedTrack(): void {
  if (!detailsElement.hidden && detailsElement.dataset["track"] !== undefined) {
    inspector.render();
  }
}

const replay = createReplayBar(element<HTMLElement>("replay"), element<HTMLElement>("replay-banner"), {
  show(snapshot) {
    // Trails between arbitrary replay times would mislead: each snapshot is drawn on its own.
    tracks.clear();
    tracks.update(snapshot.tracks);
    shownTime = snapshot.time;
    summary.setPictureTime(snapshot.time, true);
    refreshSelectedTrack();
  },
  live() {
    tracks.clear();
    if (lastFrame) {
      tracks.update(lastFrame.tracks);
    }
    shownTime = lastFrame?.time;
    summary.setPictureTime(shownTime, false);
    refreshSelectedTrack();
  },
});

function renderConnection(): void {
  connectionElement.dataset["state"] = connection;
  connectionElement.title = t("conn.label");
  setText(connectionElement, t(`conn.${connection}`));
}

const frameTimings = createFrameTimings();
entente.map.on("precompose", () => frameTimings.drawing());
entente.map.on("postrender", () => frameTimings.rendered());

openStream({
  frame(frame, at, parsed) {
    frames += 1;
    lastFrame = frame;
    summary.setNight(frame.night);
    if (!replay.active) {
      tracks.update(frame.tracks);
      shownTime = frame.time;
      summary.setPictureTime(frame.time, false);
      refreshSelectedTrack();
    }
    replay.livePictureTime(frame.time);
    frameTimings.frame(at, parsed, performance.now());
  },
  alerts: (list) => alerts.set(list),
  incidents(list) {
    incidents.set(list);
    incidentPanel.changed(list);
  },
  state(state) {
    connection = state;
    renderConnection();
  },
});

const hook = installHook(entente, {
  trackCount: () => tracks.count(),
  trackPositions: () => tracks.positions(),
  frames: () => frames,
  frameTimings: () => frameTimings.take(),
  connection: () => connection,
  pictureTime: () => shownTime,
  openIncident: (id) => incidentPanel.open(id),
  replayAt: (iso) => replay.replayAt(iso),
  live: () => replay.goLive(),
  beachLaunches: () => (beachLayer.getVisible() ? beachLaunchCounts(beachLayer) : {}),
  beachLaunchesState: () => beaches.state(),
  showBeachLaunches: (visible) => beaches.setVisible(visible),
  overlayCounts() {
    const counts = overlay.counts();
    if (coverage.getVisible()) {
      for (const feature of coverage.getSource()?.getFeatures() ?? []) {
        const key = `coverage:${String(feature.get("status"))}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }
    return counts;
  },
});
startClock(element<HTMLTimeElement>("clock"));

let load: LoadState = { state: "loading" };

function renderChrome(): void {
  translateDom();
  const other = LANGS.find((lang) => lang !== getLang()) ?? "en";
  langToggle.textContent = t("lang.toggle");
  langToggle.lang = other;
  langToggle.setAttribute("aria-label", t("lang.toggleLabel"));
  langToggle.title = t("lang.toggleLabel");
  element<HTMLTimeElement>("clock").title = t("clock.label");
  renderConnection();
  switch (load.state) {
    case "loading":
      statusElement.textContent = t("status.loading");
      break;
    case "ready":
      statusElement.textContent = t("status.ready", { count: load.count });
      break;
    case "error":
      statusElement.textContent = t("status.error");
      banner.textContent = t("error.load");
      break;
  }
}

langToggle.addEventListener("click", () => {
  setLang(LANGS.find((lang) => lang !== getLang()) ?? "en");
});

onLangChange(() => {
  renderChrome();
  legend.render();
  inspector.render();
  sessionControls.render();
  summary.render();
  alerts.render();
  incidents.render();
  incidentPanel.render();
  replay.render();
  // The map's attribution is translated when the map next renders.
  entente.map.render();
});

renderChrome();

function loaded(features: Feature<Geometry>[]): void {
  load = { state: "ready", count: features.length };
  renderChrome();
  legend.setFeatures(features);
  entente.map.once("rendercomplete", () => {
    document.body.dataset["state"] = "ready";
    hook.resolve();
  });
  entente.map.render();
}

function failed(error: unknown): void {
  console.error("Entente: could not load the geography.", error);
  load = { state: "error" };
  banner.hidden = false;
  renderChrome();
  document.body.dataset["state"] = "error";
  hook.reject(error);
}

requireSession()
  .then(() => {
    sessionControls.render();
    return fetchGeography();
  })
  .then((collection) => loaded(entente.addGeography(collection)))
  .catch(failed);
