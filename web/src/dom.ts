// Small DOM helpers for the panels: build elements without innerHTML (server text is never parsed as markup).

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
  dataset?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (options.className) {
    el.className = options.className;
  }
  if (options.text !== undefined) {
    el.textContent = options.text;
  }
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    el.setAttribute(name, value);
  }
  for (const [name, value] of Object.entries(options.dataset ?? {})) {
    el.dataset[name] = value;
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) {
      el.append(child);
    }
  }
  return el;
}

/** A real <button type="button">: keyboard (Enter, Space) and focus come with it. */
export function button(text: string, onClick: () => void, options: ElementOptions = {}): HTMLButtonElement {
  const el = h("button", { className: options.className ?? "button", text, attrs: options.attrs, dataset: options.dataset });
  el.type = "button";
  el.addEventListener("click", onClick);
  return el;
}

/**
 * Replaces a container's children, keeping keyboard focus on the element with the same `data-focus` key,
 * so that a list refreshed by the stream does not throw the user's focus away.
 */
export function replaceKeepingFocus(container: HTMLElement, ...children: Node[]): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset["focus"] : undefined;
  container.replaceChildren(...children);
  if (key) {
    container.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`)?.focus({ preventScroll: true });
  }
}

/** Sets text only when it changed: a frame every second must not touch the layout for nothing. */
export function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) {
    el.textContent = text;
  }
}
