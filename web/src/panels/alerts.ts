// The alert list: newest first, severity colours, status, and an Acknowledge button on each raised alert.

import { button, h, replaceKeepingFocus } from "../dom";
import { t, tryT } from "../i18n";
import { errorMessage, getJson, postJson } from "../live/http";
import type { ActionJson, AlertJson } from "../live/types";
import { utcTime } from "../time";

export interface AlertsPanel {
  set(alerts: readonly AlertJson[]): void;
  render(): void;
  count(): number;
}

export interface AlertsOptions {
  /** Centre the map on an alert's position. */
  centre(lon: number, lat: number): void;
  /** Open an alert's incident. */
  openIncident(id: string): void;
}

const SEVERITY_RANK: Record<string, number> = { distress: 0, urgent: 1, warning: 2, info: 3 };

export function createAlertsPanel(root: HTMLElement, options: AlertsOptions): AlertsPanel {
  let alerts: AlertJson[] = [];
  let showResolved = false;
  let message: { text: string; error: boolean } | undefined;
  const pending = new Set<number>();

  const heading = h("h2", { className: "panel__title" });
  const count = h("span", { className: "panel__count" });
  const header = h("div", { className: "panel__header" }, heading, count);
  const feedback = h("p", { className: "panel__feedback", attrs: { role: "status", "aria-live": "polite" } });
  const list = h("ol", { className: "alerts__list" });
  const footer = h("div", { className: "panel__footer" });
  root.replaceChildren(header, feedback, list, footer);

  async function acknowledge(alert: AlertJson): Promise<void> {
    pending.add(alert.number);
    message = undefined;
    render();
    try {
      const answer = await postJson<ActionJson | undefined>(`api/alerts/${alert.number}/acknowledge`, {});
      message = { text: answer?.outcome ?? t("alerts.done", { number: alert.number }), error: false };
      // The stream sends the new list too; asking now shows it without waiting for the next change.
      set(await getJson<AlertJson[]>("api/alerts"));
    } catch (error) {
      message = { text: errorMessage(error), error: true };
    } finally {
      pending.delete(alert.number);
      render();
    }
  }

  function item(alert: AlertJson): HTMLLIElement {
    const severity = alert.severity;
    const main = button("", () => {
      if (alert.lon != null && alert.lat != null) {
        options.centre(alert.lon, alert.lat);
      }
    }, {
      className: "alert__main",
      attrs: { "aria-label": t("alerts.centre", { number: alert.number, type: tryT(`alertType.${alert.type}`, alert.type) }) },
      dataset: { focus: `alert-${alert.number}` },
    });
    main.append(
      h("span", { className: `severity severity--${severity}`, text: tryT(`severity.${severity}`, severity) }),
      h("span", { className: "alert__type", text: tryT(`alertType.${alert.type}`, alert.type) }),
      h("span", { className: "alert__time", text: utcTime(alert.raisedAt) }),
      h("span", { className: "alert__message", text: alert.message }),
    );
    const meta = h(
      "div",
      { className: "alert__meta" },
      h("span", { className: `alert__status alert__status--${alert.status}`, text: tryT(`alertStatus.${alert.status}`, alert.status) }),
      h("span", { text: `ALR ${alert.number}` }),
      alert.occurrences > 1 ? h("span", { text: `×${alert.occurrences}` }) : null,
      alert.people != null ? h("span", { text: t("alerts.people", { count: alert.people }) }) : null,
      alert.acknowledgedBy
        ? h("span", { text: t("alerts.acknowledgedBy", { who: alert.acknowledgedBy, time: utcTime(alert.acknowledgedAt) }) })
        : null,
      alert.resolvedBy ? h("span", { text: t("alerts.resolvedBy", { who: alert.resolvedBy, time: utcTime(alert.resolvedAt) }) }) : null,
    );
    const actions = h("div", { className: "alert__actions" });
    if (alert.status === "raised") {
      const ack = button(t("alerts.acknowledge"), () => void acknowledge(alert), {
        className: "button button--primary alert__ack",
        attrs: { "aria-label": t("alerts.acknowledgeLabel", { number: alert.number }) },
        dataset: { focus: `ack-${alert.number}`, number: String(alert.number) },
      });
      ack.disabled = pending.has(alert.number);
      actions.append(ack);
    }
    if (alert.incident) {
      const incident = alert.incident;
      actions.append(
        button(t("alerts.incident", { id: incident }), () => options.openIncident(incident), {
          className: "button button--quiet",
          dataset: { focus: `alert-incident-${alert.number}` },
        }),
      );
    }
    return h(
      "li",
      { className: `alert alert--${severity} alert--${alert.status}`, dataset: { number: String(alert.number), status: alert.status } },
      main,
      meta,
      actions.childElementCount > 0 ? actions : null,
    );
  }

  function render(): void {
    root.setAttribute("aria-label", t("alerts.title"));
    heading.textContent = t("alerts.title");
    const open = alerts.filter((a) => a.status !== "resolved");
    const resolved = alerts.filter((a) => a.status === "resolved");
    const raised = alerts.filter((a) => a.status === "raised").length;
    count.textContent = String(raised);
    count.title = t("alerts.raisedCount", { count: raised });
    count.dataset["zero"] = String(raised === 0);
    feedback.textContent = message?.text ?? "";
    feedback.dataset["error"] = String(message?.error ?? false);
    const shown = showResolved ? [...open, ...resolved] : open;
    const items = shown.map(item);
    if (items.length === 0) {
      items.push(h("li", { className: "panel__empty", text: t("alerts.none") }));
    }
    replaceKeepingFocus(list, ...items);
    const toggle = resolved.length > 0
      ? button(showResolved ? t("alerts.hideResolved") : t("alerts.showResolved", { count: resolved.length }), () => {
          showResolved = !showResolved;
          render();
        }, { className: "button button--quiet", dataset: { focus: "alerts-resolved" }, attrs: { "aria-expanded": String(showResolved) } })
      : null;
    replaceKeepingFocus(footer, ...(toggle ? [toggle] : []));
  }

  function set(next: readonly AlertJson[]): void {
    // Newest first; among alerts raised together, the most severe first.
    alerts = [...next].sort(
      (a, b) => b.raisedAt.localeCompare(a.raisedAt) || (SEVERITY_RANK[a.severity] ?? 9) - (SEVERITY_RANK[b.severity] ?? 9) || b.number - a.number,
    );
    render();
  }

  render();
  return { set, render, count: () => alerts.length };
}
