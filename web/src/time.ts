// UTC time formatting for the picture, alerts and logs.

const pad = (value: number): string => String(value).padStart(2, "0");

/** "23:41:05" (UTC), or "—" when unknown or invalid. */
export function utcTime(iso: string | null | undefined): string {
  if (!iso) {
    return "—";
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return "—";
  }
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** "2026-11-22 23:41:05 UTC". */
export function utcDateTime(iso: string | null | undefined): string {
  if (!iso) {
    return "—";
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return "—";
  }
  return `${date.toISOString().slice(0, 10)} ${utcTime(iso)} UTC`;
}
