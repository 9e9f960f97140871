// The UTC clock in the header.

const pad = (value: number): string => String(value).padStart(2, "0");

function render(el: HTMLTimeElement, now: Date): void {
  const date = `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
  const time = `${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())}`;
  el.dateTime = now.toISOString();
  el.textContent = `${date} ${time} UTC`;
}

/** Shows the current UTC time, updated on each second boundary. */
export function startClock(el: HTMLTimeElement): void {
  const tick = (): void => {
    const now = new Date();
    render(el, now);
    window.setTimeout(tick, 1000 - now.getUTCMilliseconds() + 5);
  };
  tick();
}
