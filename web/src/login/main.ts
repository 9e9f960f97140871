// The sign-in page: name and password to POST api/session, then back to the page that sent us here.

import "../styles.css";
import { getLang, onLangChange, setLang, t, translateDom } from "../i18n";

const form = document.getElementById("login-form") as HTMLFormElement;
const name = document.getElementById("login-name") as HTMLInputElement;
const password = document.getElementById("login-password") as HTMLInputElement;
const error = document.getElementById("login-error") as HTMLElement;
const toggle = document.getElementById("lang-toggle") as HTMLButtonElement;

/** Where to go after signing in: a page of this site only (a relative path), never another origin. */
export function safeNext(raw: string | null): string {
  if (raw === null || !/^[A-Za-z0-9._/?=&%-]*$/.test(raw) || raw.startsWith("//") || raw.includes("\\") || raw.includes(":")) {
    return "./";
  }
  return raw.startsWith("/") ? `.${raw}` : raw || "./";
}

function renderChrome(): void {
  document.documentElement.lang = getLang();
  document.title = t("login.pageTitle");
  toggle.textContent = t("lang.toggle");
  toggle.setAttribute("aria-label", t("lang.toggleLabel"));
  translateDom();
}

toggle.addEventListener("click", () => setLang(getLang() === "en" ? "fr" : "en"));
onLangChange(renderChrome);
renderChrome();

form.addEventListener("submit", (event) => {
  event.preventDefault();
  error.textContent = "";
  void (async () => {
    const response = await fetch("api/session", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ name: name.value.trim(), password: password.value }),
    }).catch(() => undefined);
    if (response?.ok) {
      window.location.assign(safeNext(new URLSearchParams(window.location.search).get("next")));
      return;
    }
    password.value = "";
    error.textContent = response?.status === 401 ? t("login.failed") : response?.status === 429 ? t("login.slowDown") : t("login.unavailable");
    password.focus();
  })();
});

name.focus();
