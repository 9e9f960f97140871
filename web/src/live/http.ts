// Fetch helpers for the app's own API: relative URLs, JSON in and out, ProblemDetails turned into readable errors.

/** An API refusal or failure, with the server's ProblemDetails `detail` (or `title`) as its message. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

async function problemMessage(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (typeof body === "object" && body !== null) {
      const { detail, title } = body as { detail?: unknown; title?: unknown };
      if (typeof detail === "string" && detail.length > 0) {
        return detail;
      }
      if (typeof title === "string" && title.length > 0) {
        return title;
      }
    }
  } catch {
    // Not JSON: fall back on the status line.
  }
  return `HTTP ${response.status} ${response.statusText}`.trim();
}

async function send(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new ApiError(error instanceof Error ? error.message : String(error), 0);
  }
  if (!response.ok) {
    throw new ApiError(await problemMessage(response), response.status);
  }
  return response;
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await send(url, { headers: { Accept: "application/json, application/geo+json" } });
  return (await response.json()) as T;
}

/** GET that answers `undefined` for 204 No Content (e.g. no search plan yet) and for 404. */
export async function getJsonOrNone<T>(url: string): Promise<T | undefined> {
  try {
    const response = await send(url, { headers: { Accept: "application/json, application/geo+json" } });
    return response.status === 204 ? undefined : ((await response.json()) as T);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      return undefined;
    }
    throw error;
  }
}

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await send(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return (text.length > 0 ? JSON.parse(text) : undefined) as T;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
