/** Asks a registry once: its answer as JSON, or why there is none (never throws). */

/** The part of `fetch` used here, so tests can pass recorded answers. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** A registry's answer, or whether asking failed (unreachable) or the answer did (unreadable). */
export type Answer = { json: unknown } | { unreachable: string } | { unreadable: string };

/** How to ask: with which fetch, how long to wait, how much to read. */
export interface AskOptions {
  fetch: FetchLike;
  timeoutMs: number;
  /** Bigger answers are dropped unread; the largest real one here is well under 10 MiB. */
  maxBytes: number;
}

const MIB = 1024 * 1024;
const HEADERS = {
  accept: "application/json",
  "user-agent": "framework-fit-data-freshness",
};

const sizeInWords = (bytes: number) => (bytes >= MIB ? `${bytes / MIB} MiB` : `${bytes} bytes`);

/** Why a request failed, in a few words: the network's reason rather than "fetch failed". */
function failureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error || error instanceof DOMException) {
    if (error.name === "TimeoutError") return `no answer within ${timeoutMs / 1000} s`;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error && cause.message) return cause.message;
    return error.message || error.name;
  }
  return String(error);
}

/** The body as text, or undefined once it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get("content-length")) > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** GETs `url` with a timeout and reads a size-capped JSON answer. */
export async function fetchAnswer(url: string, options: AskOptions): Promise<Answer> {
  const { fetch, timeoutMs, maxBytes } = options;
  let response: Response;
  try {
    response = await fetch(url, { headers: HEADERS, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    return { unreachable: failureReason(error, timeoutMs) };
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    return { unreachable: `HTTP ${response.status}` };
  }
  let text: string | undefined;
  try {
    text = await readCapped(response, maxBytes);
  } catch (error) {
    return { unreachable: failureReason(error, timeoutMs) };
  }
  if (text === undefined) return { unreadable: `larger than ${sizeInWords(maxBytes)}` };
  try {
    return { json: JSON.parse(text) };
  } catch {
    return { unreadable: "not JSON" };
  }
}
