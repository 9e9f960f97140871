// One incident's panel: coordination, datum, people, handover, MAYDAY RELAY, tasked assets, search planning and the log.
// Its drift (particles, 50% and 90% areas) and search plan are drawn on the map while it is open.

import type { Extent } from "ol/extent";
import { button, h, replaceKeepingFocus } from "../dom";
import { formatPosition } from "../format";
import { type MessageKey, t, tryT } from "../i18n";
import type { IncidentOverlay } from "../layers/incidentOverlay";
import { errorMessage, getJson, getJsonOrNone, postJson } from "../live/http";
import type { ActionJson, AssetJson, CandidateJson, IncidentDetailJson, IncidentJson, LogEntryJson } from "../live/types";
import { utcDateTime, utcTime } from "../time";
import { peopleSummary } from "./incidents";

export const TASKS = ["search", "rescue", "stand-by", "monitor", "medical-evacuation", "communications-relay"] as const;

interface PlanFeature {
  properties?: { asset?: string; pattern?: string; role?: string; pod?: number; pos?: number };
}
interface PlanJson {
  type: "FeatureCollection";
  total_pos?: number;
  features: PlanFeature[];
}

interface Loaded {
  detail: IncidentDetailJson;
  assets: AssetJson[];
  plan: PlanJson | undefined;
  drift: "shown" | "none";
}

export interface IncidentPanel {
  /** Opens an incident; resolves once its panel shows (or shows why it could not load). */
  open(id: string): Promise<void>;
  close(): void;
  /** The stream's incident list changed: reload the open one when its log grew. */
  changed(incidents: readonly IncidentJson[]): void;
  render(): void;
  openId(): string | undefined;
}

export interface IncidentPanelOptions {
  overlay: IncidentOverlay;
  centre(lon: number, lat: number): void;
  /** Shows an extent (EPSG:3857), e.g. the drift's containment areas. */
  fit(extent: Extent): void;
  /** Called when the panel opens or closes, so the list can hide or show. */
  shown(open: boolean): void;
}

const pct = (value: number | undefined): string => (value === undefined || !Number.isFinite(value) ? "—" : `${(value * 100).toFixed(1)} %`);
const nm = (metres: number): string => (metres / 1852).toFixed(1);

/** While the boat is lost its drift moves on with the picture: the drawn drift is re-read this often. */
const DRIFT_REFRESH_MS = 30000;

/** The latest `eta_min` of each asset's `asset-tasked` entry. */
function etas(log: readonly LogEntryJson[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of log) {
    if (entry.type === "asset-tasked" && typeof entry.event["asset"] === "string" && typeof entry.event["eta_min"] === "number") {
      out.set(entry.event["asset"], entry.event["eta_min"]);
    }
  }
  return out;
}

function lastCandidates(log: readonly LogEntryJson[]): CandidateJson[] | undefined {
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i];
    if (entry?.type === "mayday-relay-broadcast" && Array.isArray(entry.event["candidates"])) {
      return entry.event["candidates"] as CandidateJson[];
    }
  }
  return undefined;
}

export function createIncidentPanel(root: HTMLElement, options: IncidentPanelOptions): IncidentPanel {
  let id: string | undefined;
  let loaded: Loaded | undefined;
  let loadError: string | undefined;
  let message: { text: string; error: boolean } | undefined;
  let busy = false;
  let lastLogEntries = -1;
  /** The map moves to an incident once, when it is opened, not at every reload. */
  let showPending = false;
  let reloadTimer: number | undefined;
  // Form state survives re-renders.
  let taskAsset = "";
  let task: (typeof TASKS)[number] = "search";
  let declineReason = "";
  const planAssets = new Set<string>();

  async function load(target: string): Promise<void> {
    const base = `api/incidents/${encodeURIComponent(target)}`;
    try {
      const [detail, assets, plan, drift] = await Promise.all([
        getJson<IncidentDetailJson>(base),
        getJson<AssetJson[]>("api/assets").catch(() => [] as AssetJson[]),
        getJsonOrNone<PlanJson>(`${base}/plan`).catch(() => undefined),
        getJsonOrNone<unknown>(`${base}/drift`).catch(() => undefined),
      ]);
      if (id !== target) {
        return; // another incident was opened meanwhile
      }
      loaded = { detail, assets, plan, drift: drift ? "shown" : "none" };
      loadError = undefined;
      lastLogEntries = detail.incident.logEntries;
      options.overlay.setDrift(drift);
      options.overlay.setPlan(plan);
      if (showPending) {
        showPending = false;
        const extent = options.overlay.driftExtent();
        if (extent) {
          options.fit(extent);
        } else {
          options.centre(detail.incident.datumLon, detail.incident.datumLat);
        }
      }
    } catch (error) {
      if (id === target) {
        loadError = errorMessage(error);
      }
    }
    render();
  }

  async function refreshDrift(): Promise<void> {
    const target = id;
    if (!target || !loaded || busy) {
      return;
    }
    try {
      const drift = await getJsonOrNone<unknown>(`api/incidents/${encodeURIComponent(target)}/drift`);
      if (id === target && loaded) {
        options.overlay.setDrift(drift);
        loaded.drift = drift ? "shown" : "none";
      }
    } catch {
      // Keep the last drift drawn; the next refresh or reload tries again.
    }
  }

  window.setInterval(() => void refreshDrift(), DRIFT_REFRESH_MS);

  async function act(path: string, body: Record<string, unknown>): Promise<void> {
    if (!id || busy) {
      return;
    }
    busy = true;
    message = undefined;
    render();
    try {
      const answer = await postJson<ActionJson | PlanJson | undefined>(`api/incidents/${encodeURIComponent(id)}/${path}`, body);
      message = { text: answer && "outcome" in answer ? answer.outcome : t("incident.done"), error: false };
      busy = false;
      await load(id);
    } catch (error) {
      message = { text: errorMessage(error), error: true };
      busy = false;
      render();
    }
  }

  function section(title: MessageKey, ...children: (Node | null)[]): HTMLElement {
    return h("section", { className: "incident-panel__section" }, h("h3", { className: "incident-panel__heading", text: t(title) }), ...children);
  }

  function row(list: HTMLElement, term: string, value: string, key?: string): void {
    list.append(h("dt", { text: term }), h("dd", { text: value, dataset: key ? { field: key } : {} }));
  }

  function summary(incident: IncidentJson): HTMLElement {
    const list = h("dl", { className: "incident-panel__facts" });
    row(list, t("incident.coordinator"), tryT(`centre.${incident.coordinator}`, incident.coordinator), "coordinator");
    row(list, t("incident.status"), tryT(`incidentStatus.${incident.status}`, incident.status), "status");
    row(list, t("incident.origin"), `${incident.origin} · ${utcDateTime(incident.openedAt)}`);
    row(
      list,
      t("incident.datum"),
      `${formatPosition(incident.datumLon, incident.datumLat)} — ${t("incident.datumBasis", {
        basis: tryT(`basis.${incident.datumBasis}`, incident.datumBasis),
        sigma: Math.round(incident.datumSigmaMetres),
        time: utcTime(incident.datumTime),
      })}`,
      "datum",
    );
    row(list, t("incident.people"), peopleSummary(incident), "people");
    row(list, t("incident.callers"), String(incident.callers));
    row(list, t("incident.pos"), `${pct(incident.cumulativePos)} · ${t("incident.searches", { count: incident.searches })}`, "pos");
    return list;
  }

  function handover(incident: IncidentJson): HTMLElement | null {
    if (!incident.handoverOfferedTo) {
      return null;
    }
    const to = tryT(`centre.${incident.handoverOfferedTo}`, incident.handoverOfferedTo);
    const reason = h("input", { className: "input", attrs: { type: "text", "aria-label": t("incident.declineReason"), placeholder: t("incident.declineReason") } });
    reason.value = declineReason;
    reason.dataset["focus"] = "decline-reason";
    reason.addEventListener("input", () => {
      declineReason = reason.value;
    });
    const accept = button(t("incident.accept"), () => void act("handover/accept", {}), { className: "button button--primary", dataset: { focus: "accept" } });
    const decline = button(t("incident.decline"), () => void act("handover/decline", { reason: declineReason.trim() }), {
      className: "button",
      dataset: { focus: "decline" },
    });
    accept.disabled = decline.disabled = busy;
    return section(
      "incident.handover",
      h("p", {
        className: "incident-panel__handover",
        text:
          t("incident.handoverOffered", { centre: to, time: utcTime(incident.handoverDeadline) }) +
          (incident.handoverEscalated ? ` — ${t("incident.handoverEscalated")}` : ""),
      }),
      h("div", { className: "form-row" }, accept),
      h("div", { className: "form-row" }, reason, decline),
    );
  }

  function mayday(log: readonly LogEntryJson[]): HTMLElement {
    const relay = button(t("incident.maydayButton"), () => void act("mayday-relay", {}), { className: "button button--danger", dataset: { focus: "mayday" } });
    relay.disabled = busy;
    const candidates = lastCandidates(log);
    const list =
      candidates === undefined
        ? null
        : candidates.length === 0
          ? h("p", { className: "panel__empty", text: t("incident.noCandidates") })
          : h(
              "ol",
              { className: "incident-panel__candidates" },
              ...candidates.map((c) =>
                h("li", {
                  text: t("incident.candidate", { name: c.name ?? String(c.mmsi), mmsi: c.mmsi, distance: nm(c.distance_m), eta: Math.round(c.eta_min) }),
                }),
              ),
            );
    return section("incident.mayday", h("div", { className: "form-row" }, relay), candidates ? h("h4", { className: "incident-panel__sub", text: t("incident.candidates") }) : null, list);
  }

  function assets(incident: IncidentJson, all: readonly AssetJson[], log: readonly LogEntryJson[]): HTMLElement {
    const eta = etas(log);
    const names = new Map(all.map((a) => [a.id, a.name]));
    const tasked = incident.taskedAssets.map((entry) => {
      const [assetId = entry, taskName = ""] = entry.split(/:\s*/, 2);
      const minutes = eta.get(assetId);
      return h(
        "li",
        { dataset: { asset: assetId } },
        h("strong", { text: names.get(assetId) ?? assetId }),
        ` — ${tryT(`task.${taskName}`, taskName)}`,
        minutes !== undefined ? ` · ${t("incident.eta", { eta: Math.round(minutes) })}` : "",
      );
    });
    const assetSelect = h("select", { className: "input", attrs: { "aria-label": t("incident.asset") } });
    const choices = [...all].sort((a, b) => (a.status === b.status ? a.name.localeCompare(b.name) : a.status === "available" ? -1 : 1));
    if (!choices.some((a) => a.id === taskAsset)) {
      taskAsset = choices[0]?.id ?? "";
    }
    for (const asset of choices) {
      const option = h("option", {
        text: `${asset.name} (${asset.nation}, ${tryT(`assetStatus.${asset.status}`, asset.status)})`,
        attrs: { value: asset.id },
      });
      option.selected = asset.id === taskAsset;
      assetSelect.append(option);
    }
    assetSelect.dataset["focus"] = "task-asset";
    assetSelect.addEventListener("change", () => {
      taskAsset = assetSelect.value;
    });
    const taskSelect = h("select", { className: "input", attrs: { "aria-label": t("incident.task") } });
    for (const name of TASKS) {
      const option = h("option", { text: t(`task.${name}`), attrs: { value: name } });
      option.selected = name === task;
      taskSelect.append(option);
    }
    taskSelect.dataset["focus"] = "task-task";
    taskSelect.addEventListener("change", () => {
      task = (TASKS as readonly string[]).includes(taskSelect.value) ? (taskSelect.value as (typeof TASKS)[number]) : "search";
    });
    const go = button(t("incident.taskButton"), () => void act("tasks", { asset: taskAsset, task }), { className: "button button--primary", dataset: { focus: "task-go" } });
    go.disabled = busy || choices.length === 0;
    return section(
      "incident.assets",
      tasked.length > 0 ? h("ul", { className: "incident-panel__tasked" }, ...tasked) : h("p", { className: "panel__empty", text: t("incident.noTasked") }),
      h("div", { className: "form-row" }, assetSelect, taskSelect, go),
    );
  }

  function search(incident: IncidentJson, all: readonly AssetJson[], plan: PlanJson | undefined): HTMLElement {
    const rows: HTMLElement[] = [];
    if (plan) {
      rows.push(h("p", { className: "incident-panel__plan-total", text: t("incident.planTotal", { pos: pct(plan.total_pos) }) }));
      const areas = plan.features.filter((f) => f.properties?.role === "area" || f.properties?.role === undefined);
      const seen = new Set<string>();
      const items: HTMLElement[] = [];
      for (const feature of areas) {
        const p = feature.properties ?? {};
        if (!p.asset || seen.has(p.asset)) {
          continue;
        }
        seen.add(p.asset);
        const asset = p.asset;
        const done = button(t("incident.searched"), () => void act("searches", { asset }), {
          className: "button button--quiet",
          dataset: { focus: `searched-${asset}` },
        });
        done.disabled = busy;
        items.push(
          h(
            "li",
            { dataset: { asset } },
            h("span", {
              text: t("incident.planRow", {
                asset: all.find((a) => a.id === asset)?.name ?? asset,
                pattern: tryT(`pattern.${p.pattern ?? ""}`, p.pattern ?? ""),
                pod: pct(p.pod),
                pos: pct(p.pos),
              }),
            }),
            done,
          ),
        );
      }
      rows.push(h("ul", { className: "incident-panel__plan" }, ...items));
    } else {
      rows.push(h("p", { className: "panel__empty", text: t("incident.noPlan") }));
    }
    // Assets to plan with: those tasked on this incident first, then the available ones.
    const taskedIds = new Set(incident.taskedAssets.map((e) => e.split(":")[0]?.trim() ?? e));
    const candidates = all.filter((a) => taskedIds.has(a.id) || a.status === "available");
    const boxes = h("fieldset", { className: "incident-panel__plan-assets" }, h("legend", { text: t("incident.planAssets") }));
    for (const asset of candidates) {
      const box = h("input", { attrs: { type: "checkbox", value: asset.id } });
      box.checked = planAssets.has(asset.id);
      box.dataset["focus"] = `plan-${asset.id}`;
      box.addEventListener("change", () => {
        if (box.checked) {
          planAssets.add(asset.id);
        } else {
          planAssets.delete(asset.id);
        }
      });
      boxes.append(h("label", { className: "check" }, box, ` ${asset.name}${taskedIds.has(asset.id) ? " ★" : ""}`));
    }
    const planButton = button(t("incident.plan"), () => void act("plan", { assets: [...planAssets] }), { className: "button button--primary", dataset: { focus: "plan" } });
    planButton.disabled = busy;
    return section("incident.search", ...rows, boxes, h("div", { className: "form-row" }, planButton));
  }

  function logTable(log: readonly LogEntryJson[]): HTMLElement {
    const head = h(
      "tr",
      {},
      ...(["incident.logTime", "incident.logType", "incident.logActor", "incident.logCentre", "incident.logReason"] as const).map((key) =>
        h("th", { text: t(key), attrs: { scope: "col" } }),
      ),
    );
    const rows = [...log].reverse().map((entry) =>
      h(
        "tr",
        { dataset: { type: entry.type } },
        h("td", { className: "mono", text: utcTime(entry.time) }),
        h("td", { text: tryT(`event.${entry.type}`, entry.type) }),
        h("td", { text: entry.actor }),
        h("td", { text: tryT(`centre.${entry.centre}`, entry.centre) }),
        h("td", { text: entry.reason }),
      ),
    );
    return section("incident.log", h("table", { className: "incident-panel__log" }, h("caption", { className: "visually-hidden", text: t("incident.log") }), h("thead", {}, head), h("tbody", {}, ...rows)));
  }

  function render(): void {
    if (!id) {
      root.hidden = true;
      root.replaceChildren();
      return;
    }
    root.hidden = false;
    root.setAttribute("aria-label", t("incident.panelLabel", { id }));
    const back = button(`← ${t("incidents.back")}`, close, { className: "button button--quiet", dataset: { focus: "back" } });
    const title = h("h2", { className: "panel__title", text: id, attrs: { tabindex: "-1" }, dataset: { focus: "title" } });
    const header = h("div", { className: "panel__header" }, back, title);
    const feedback = h("p", {
      className: "panel__feedback",
      text: message?.text ?? (busy ? t("incident.working") : ""),
      attrs: { role: "status", "aria-live": "polite" },
      dataset: { error: String(message?.error ?? false) },
    });
    if (!loaded) {
      replaceKeepingFocus(root, header, feedback, h("p", { className: loadError ? "panel__error" : "panel__empty", text: loadError ?? t("incident.loading"), attrs: loadError ? { role: "alert" } : {} }));
      root.dataset["state"] = loadError ? "error" : "loading";
      return;
    }
    const { incident, log } = loaded.detail;
    header.append(
      button(t("incident.showOnMap"), () => options.centre(incident.datumLon, incident.datumLat), { className: "button button--quiet", dataset: { focus: "show" } }),
    );
    const parts: (HTMLElement | null)[] = [
      header,
      feedback,
      loadError ? h("p", { className: "panel__error", text: loadError, attrs: { role: "alert" } }) : null,
      summary(incident),
      handover(incident),
      mayday(log),
      assets(incident, loaded.assets, log),
      search(incident, loaded.assets, loaded.plan),
      section("incident.drift", h("p", { className: "panel__empty", text: t(loaded.drift === "shown" ? "incident.driftShown" : "incident.driftNone") })),
      logTable(log),
    ];
    replaceKeepingFocus(root, ...parts.filter((n): n is HTMLElement => n !== null));
    root.dataset["state"] = "ready";
  }

  function close(): void {
    id = undefined;
    loaded = undefined;
    message = undefined;
    window.clearTimeout(reloadTimer);
    options.overlay.clear();
    render();
    options.shown(false);
  }

  return {
    async open(next) {
      if (id !== next) {
        id = next;
        loaded = undefined;
        loadError = undefined;
        message = undefined;
        planAssets.clear();
        declineReason = "";
        showPending = true;
        options.overlay.clear();
      }
      options.shown(true);
      render();
      await load(next);
      root.querySelector<HTMLElement>(".panel__title")?.focus({ preventScroll: true });
    },
    close,
    changed(incidents) {
      if (!id || busy) {
        return;
      }
      const current = incidents.find((i) => i.id === id);
      if (current && current.logEntries !== lastLogEntries && reloadTimer === undefined) {
        // Coalesce bursts of changes into one reload.
        const target = id;
        reloadTimer = window.setTimeout(() => {
          reloadTimer = undefined;
          if (id === target) {
            void load(target);
          }
        }, 500);
      }
    },
    render,
    openId: () => id,
  };
}
