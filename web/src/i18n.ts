// User-interface strings (the chrome only: feature names come from the server as they are).

export type Lang = "en" | "fr";

export const LANGS: readonly Lang[] = ["en", "fr"];

const en = {
  "title": "Entente — Dover Strait",
  "map.label": "Map of the Dover Strait",
  "status.loading": "Loading geography…",
  "status.ready": "{count} features",
  "status.error": "Geography unavailable",
  "error.load": "Could not load the geography from the server. The map is incomplete; reload the page to try again.",
  "lang.toggle": "FR",
  "lang.toggleLabel": "Passer en français",
  "clock.label": "Coordinated Universal Time",
  "legend.title": "Legend",
  "legend.show": "Show legend",
  "legend.hide": "Hide legend",
  "legend.areas": "Areas",
  "legend.routeing": "Traffic separation",
  "legend.boundaries": "Boundaries",
  "legend.sites": "Sites",
  "details.title": "Details",
  "details.name": "Name",
  "details.kind": "Kind",
  "details.source": "Source",
  "details.position": "Position",
  "details.clicked": "Position (selected point)",
  "details.approximate": "Approximate geometry",
  "details.close": "Close details",
  "kind.land": "Land",
  "kind.territorial-sea": "Territorial sea",
  "kind.sar-region": "SAR region",
  "kind.territorial-boundary": "Territorial sea boundary (1988)",
  "kind.sar-boundary": "SAR region boundary (proxy)",
  "kind.tss-lane": "Traffic lane",
  "kind.tss-separation-zone": "Separation zone",
  "kind.inshore-traffic-zone": "Inshore traffic zone",
  "kind.launch-beach": "Launch beach",
  "kind.landing": "Landing site",
  "kind.lifeboat-station": "Lifeboat station",
  "kind.coordination-centre": "Coordination centre",
  "kind.radar-site": "Radar site",
  "nation.UK": "UK",
  "nation.FR": "France",
  "direction.NE": "north-east-bound",
  "direction.SW": "south-west-bound",
} as const;

export type MessageKey = keyof typeof en;

const fr: Record<MessageKey, string> = {
  "title": "Entente — Pas de Calais",
  "map.label": "Carte du Pas de Calais",
  "status.loading": "Chargement de la géographie…",
  "status.ready": "{count} objets",
  "status.error": "Géographie indisponible",
  "error.load":
    "Impossible de charger la géographie depuis le serveur. La carte est incomplète ; rechargez la page pour réessayer.",
  "lang.toggle": "EN",
  "lang.toggleLabel": "Switch to English",
  "clock.label": "Temps universel coordonné",
  "legend.title": "Légende",
  "legend.show": "Afficher la légende",
  "legend.hide": "Masquer la légende",
  "legend.areas": "Zones",
  "legend.routeing": "Dispositif de séparation du trafic",
  "legend.boundaries": "Limites",
  "legend.sites": "Sites",
  "details.title": "Détails",
  "details.name": "Nom",
  "details.kind": "Type",
  "details.source": "Source",
  "details.position": "Position",
  "details.clicked": "Position (point sélectionné)",
  "details.approximate": "Géométrie approximative",
  "details.close": "Fermer les détails",
  "kind.land": "Terre",
  "kind.territorial-sea": "Mer territoriale",
  "kind.sar-region": "Région SAR",
  "kind.territorial-boundary": "Limite des eaux territoriales (1988)",
  "kind.sar-boundary": "Limite des régions SAR (approximation)",
  "kind.tss-lane": "Voie de circulation",
  "kind.tss-separation-zone": "Zone de séparation",
  "kind.inshore-traffic-zone": "Zone de navigation côtière",
  "kind.launch-beach": "Plage de départ",
  "kind.landing": "Lieu de débarquement",
  "kind.lifeboat-station": "Station de sauvetage",
  "kind.coordination-centre": "Centre de coordination",
  "kind.radar-site": "Site radar",
  "nation.UK": "Royaume-Uni",
  "nation.FR": "France",
  "direction.NE": "sens nord-est",
  "direction.SW": "sens sud-ouest",
};

const TABLE: Record<Lang, Record<MessageKey, string>> = { en, fr };

const STORAGE_KEY = "entente.lang";

let current: Lang = initialLang();
const listeners = new Set<(lang: Lang) => void>();

function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/** `?lang=fr` wins, then the stored choice, then English. */
function initialLang(): Lang {
  const fromQuery = new URLSearchParams(window.location.search).get("lang");
  if (isLang(fromQuery)) {
    return fromQuery;
  }
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) {
      return stored;
    }
  } catch {
    // Storage can be unavailable (privacy settings); English is fine.
  }
  return "en";
}

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  if (lang === current) {
    return;
  }
  current = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisted; the choice still applies to this page.
  }
  for (const listener of listeners) {
    listener(lang);
  }
}

export function onLangChange(listener: (lang: Lang) => void): void {
  listeners.add(listener);
}

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Translates a key, substituting `{name}` placeholders. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return TABLE[current][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** Translates a dynamic key such as `kind.<kind>`, or returns the fallback when there is none. */
export function tryT(key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

/**
 * Applies translations to static markup: `data-i18n` sets the text, `data-i18n-aria-label`
 * and `data-i18n-title` set those attributes.
 */
export function translateDom(root: ParentNode = document): void {
  document.documentElement.lang = current;
  document.title = t("title");
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n]")) {
    el.textContent = tryT(el.dataset["i18n"] ?? "", el.textContent ?? "");
  }
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n-aria-label]")) {
    el.setAttribute("aria-label", tryT(el.dataset["i18nAriaLabel"] ?? "", ""));
  }
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n-title]")) {
    el.title = tryT(el.dataset["i18nTitle"] ?? "", "");
  }
}
