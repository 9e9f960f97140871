// The incident list: one button per incident (newest first) that opens its panel.

import { button, h, replaceKeepingFocus } from "../dom";
import { t, tryT } from "../i18n";
import type { IncidentJson } from "../live/types";
import { utcTime } from "../time";

export interface IncidentList {
  set(incidents: readonly IncidentJson[]): void;
  render(): void;
  get(id: string): IncidentJson | undefined;
  readonly element: HTMLElement;
}

export function peopleSummary(incident: IncidentJson): string {
  return t("incident.peopleLine", {
    aboard: incident.peopleAboard ?? t("incident.unknown"),
    rescued: incident.peopleRescued,
    landed: incident.peopleLanded,
    missing: incident.peopleMissing,
  });
}

export function createIncidentList(open: (id: string) => void): IncidentList {
  let incidents: IncidentJson[] = [];
  const list = h("ol", { className: "incidents__list" });

  function item(incident: IncidentJson): HTMLLIElement {
    const main = button("", () => open(incident.id), {
      className: "incident__main",
      attrs: { "aria-label": t("incidents.open", { id: incident.id }) },
      dataset: { focus: `incident-${incident.id}`, id: incident.id },
    });
    const parts: (HTMLElement | null)[] = [
      h("span", { className: "incident__id", text: incident.id }),
      h("span", { className: `incident__status incident__status--${incident.status}`, text: tryT(`incidentStatus.${incident.status}`, incident.status) }),
      h("span", { className: "incident__centre", text: tryT(`centre.${incident.coordinator}`, incident.coordinator) }),
      h("span", { className: "incident__time", text: utcTime(incident.openedAt) }),
      h("span", { className: "incident__people", text: peopleSummary(incident) }),
      incident.handoverOfferedTo
        ? h("span", {
            className: "incident__handover",
            text: t("incident.handoverTo", { centre: tryT(`centre.${incident.handoverOfferedTo}`, incident.handoverOfferedTo) }),
          })
        : null,
    ];
    main.append(...parts.filter((p): p is HTMLElement => p !== null));
    return h("li", { className: `incident incident--${incident.status}`, dataset: { id: incident.id } }, main);
  }

  function render(): void {
    const items = incidents.map(item);
    if (items.length === 0) {
      items.push(h("li", { className: "panel__empty", text: t("incidents.none") }));
    }
    replaceKeepingFocus(list, ...items);
  }

  return {
    element: list,
    set(next) {
      // Open first, then newest first.
      incidents = [...next].sort((a, b) => (a.status === b.status ? b.openedAt.localeCompare(a.openedAt) : a.status === "open" ? -1 : 1));
      render();
    },
    render,
    get: (id) => incidents.find((i) => i.id === id),
  };
}
