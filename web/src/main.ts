// Entry point: builds the page chrome and the map, then loads the geography from the server.

import "ol/ol.css";
import "./styles.css";
import type Feature from "ol/Feature";
import type Geometry from "ol/geom/Geometry";
import { fetchGeography } from "./api";
import { startClock } from "./clock";
import { installHook } from "./hooks";
import { getLang, LANGS, onLangChange, setLang, t, translateDom } from "./i18n";
import { installInspector } from "./inspect";
import { createLegend } from "./legend";
import { createMap } from "./map";

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
const banner = element<HTMLDivElement>("error-banner");
const langToggle = element<HTMLButtonElement>("lang-toggle");

const entente = createMap(mapElement);
const hook = installHook(entente);
const legend = createLegend(element<HTMLElement>("legend"));
const inspector = installInspector(entente, mapElement, element<HTMLDivElement>("tooltip"), element<HTMLElement>("details"));
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

fetchGeography()
  .then((collection) => loaded(entente.addGeography(collection)))
  .catch(failed);
