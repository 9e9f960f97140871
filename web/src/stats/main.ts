// Entry point of the statistics page (stats.html): the date range, the official series and the operational records.

import "../styles.css";
import "./stats.css";
import { getLang, LANGS, onLangChange, setLang, t, translateDom } from "../i18n";
import { chartInfo } from "./charts";
import { type StatsHook, installStatsHook } from "./hook";
import { createOfficialSection } from "./official";
import { createOperationalSection } from "./operational";
import { createSessionControls, requireSession } from "../session";

function element<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) {
    throw new Error(`#${id} is missing from stats.html`);
  }
  return el as T;
}

const langToggle = element<HTMLButtonElement>("lang-toggle");
const fromInput = element<HTMLInputElement>("range-from");
const toInput = element<HTMLInputElement>("range-to");
const rangeError = element<HTMLElement>("range-error");
const official = createOfficialSection(element<HTMLElement>("official"));
const operational = createOperationalSection(element<HTMLElement>("operational"));
let loads = 0;

function renderChrome(): void {
  translateDom();
  document.title = t("stats.title");
  langToggle.textContent = t("lang.toggle");
  langToggle.lang = LANGS.find((lang) => lang !== getLang()) ?? "en";
  langToggle.setAttribute("aria-label", t("lang.toggleLabel"));
  langToggle.title = t("lang.toggleLabel");
}

/** Loads both sections for the range in the inputs (empty: each section's default). */
async function load(): Promise<void> {
  const from = fromInput.value;
  const to = toInput.value;
  if (from && to && from > to) {
    rangeError.textContent = t("stats.rangeInvalid");
    return;
  }
  rangeError.textContent = "";
  document.body.dataset["state"] = "loading";
  await Promise.all([official.load(from, to), operational.load(from, to)]);
  loads += 1;
  document.body.dataset["state"] = "ready";
}

element<HTMLFormElement>("range").addEventListener("submit", (event) => {
  event.preventDefault();
  void load();
});
element<HTMLButtonElement>("range-reset").addEventListener("click", () => {
  fromInput.value = "";
  toInput.value = "";
  void load();
});
langToggle.addEventListener("click", () => setLang(LANGS.find((lang) => lang !== getLang()) ?? "en"));
const sessionControls = createSessionControls(element<HTMLElement>("session"));
onLangChange(() => {
  renderChrome();
  sessionControls.render();
  official.render();
  operational.render();
});

renderChrome();
official.render();
operational.render();

const hook: StatsHook = {
  ready: requireSession().then(() => {
    sessionControls.render();
    return load();
  }),
  charts: chartInfo,
  official: () => official.data(),
  operational: () => operational.result(),
  year: () => official.year(),
  loads: () => loads,
  async setRange(from, to) {
    fromInput.value = from;
    toInput.value = to;
    await load();
  },
};
installStatsHook(hook);
