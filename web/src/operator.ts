// Who is acting. Until sign-in exists the page names the user: a name and one of the seven agencies, kept in localStorage.

import { type MessageKey, t } from "./i18n";

export const AGENCIES = [
  "uk-hmcg",
  "uk-border-force",
  "uk-liaison",
  "fr-cross-gris-nez",
  "fr-premar",
  "fr-gendarmerie-paf",
  "fr-liaison",
] as const;

export type AgencyId = (typeof AGENCIES)[number];

export interface Operator {
  actor: string;
  agency: AgencyId;
}

const STORAGE_KEY = "entente.operator";
const DEFAULT: Operator = { actor: "watch officer", agency: "uk-hmcg" };

function isAgency(value: unknown): value is AgencyId {
  return typeof value === "string" && (AGENCIES as readonly string[]).includes(value);
}

let current: Operator = load();

function load(): Operator {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (raw) {
      const value = JSON.parse(raw) as Partial<Operator>;
      if (typeof value.actor === "string" && value.actor.trim().length > 0 && isAgency(value.agency)) {
        return { actor: value.actor, agency: value.agency };
      }
    }
  } catch {
    // Unavailable or corrupt storage: the default operator.
  }
  return { ...DEFAULT };
}

export function operator(): Operator {
  return { actor: current.actor.trim() || DEFAULT.actor, agency: current.agency };
}

function save(): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Not kept; applies to this page.
  }
}

export function agencyName(agency: string): string {
  const key = `agency.${agency}`;
  return isAgency(agency) ? t(key as MessageKey) : agency;
}

/** The header's operator fields: a name input and an agency select, labelled. */
export function createOperatorControls(root: HTMLElement): { render(): void } {
  const label = document.createElement("span");
  label.className = "operator__label";
  const name = document.createElement("input");
  name.id = "operator-name";
  name.className = "operator__name";
  name.type = "text";
  name.maxLength = 100;
  name.autocomplete = "off";
  name.value = current.actor;
  const agency = document.createElement("select");
  agency.id = "operator-agency";
  agency.className = "operator__agency";
  name.addEventListener("change", () => {
    current = { ...current, actor: name.value.trim() || DEFAULT.actor };
    name.value = current.actor;
    save();
  });
  agency.addEventListener("change", () => {
    if (isAgency(agency.value)) {
      current = { ...current, agency: agency.value };
      save();
    }
  });
  root.replaceChildren(label, name, agency);

  function render(): void {
    label.textContent = t("operator.label");
    name.setAttribute("aria-label", t("operator.name"));
    name.title = t("operator.name");
    agency.setAttribute("aria-label", t("operator.agency"));
    agency.title = t("operator.agency");
    agency.replaceChildren(
      ...AGENCIES.map((id) => {
        const option = document.createElement("option");
        option.value = id;
        option.textContent = agencyName(id);
        option.selected = id === current.agency;
        return option;
      }),
    );
  }

  render();
  return { render };
}
