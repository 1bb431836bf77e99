import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Bytes after gzip at level 9, the figure the budgets are written in. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Bytes after brotli at quality 11, reported alongside gzip for information. */
export function brotliSize(content: string | Uint8Array): number {
  return brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
  }).length;
}

/** `12345` → `"12.06 KiB"`. */
export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(2)} KiB`;
}
