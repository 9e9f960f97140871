// Who is signed in. Every page asks first; without a session it goes to the sign-in page and comes back after.

import { t } from "./i18n";

export interface Session {
  name: string;
  displayName: string;
  agency: string;
  agencyName: string;
  nation: "UK" | "FR";
  roles: string[];
}

function isSession(value: unknown): value is Session {
  const v = value as Partial<Session> | null;
  return typeof v === "object" && v !== null && typeof v.name === "string" && typeof v.agency === "string" && Array.isArray(v.roles);
}

let current: Session | undefined;

/** The signed-in user, once {@link requireSession} has resolved. */
export function session(): Session | undefined {
  return current;
}

/** Resolves with the session, or sends the browser to sign in (and never resolves). */
export async function requireSession(): Promise<Session> {
  const response = await fetch("api/session", { headers: { Accept: "application/json" } });
  if (response.status === 401) {
    const here = window.location.pathname.split("/").pop() ?? "";
    window.location.assign(`login.html?next=${encodeURIComponent(here + window.location.search)}`);
    return new Promise<Session>(() => undefined);
  }
  const body: unknown = response.ok ? await response.json() : undefined;
  if (!isSession(body)) {
    throw new Error(`GET api/session failed: HTTP ${response.status}`);
  }
  current = body;
  return body;
}

/** The header's "who am I" and sign-out button. */
export function createSessionControls(root: HTMLElement): { render(): void } {
  const who = document.createElement("span");
  who.id = "session-user";
  who.className = "session__user";
  const out = document.createElement("button");
  out.id = "sign-out";
  out.type = "button";
  out.className = "button button--quiet";
  out.addEventListener("click", () => {
    void fetch("api/session", { method: "DELETE" }).finally(() => window.location.assign("login.html"));
  });
  root.replaceChildren(who, out);
  return {
    render(): void {
      const s = current;
      who.textContent = s ? `${s.displayName} · ${s.agencyName}` : "";
      who.title = s ? `${s.name} (${s.roles.join(", ")})` : "";
      out.textContent = t("session.signOut");
    },
  };
}
