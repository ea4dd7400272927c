/**
 * SHA-256 as the core uses it (the fingerprint, data stamps): a stream of bytes → hex. By default the JavaScript
 * implementation of @noble/hashes, which runs anywhere (the task pane included); a host that has a native one
 * (Node's node:crypto, see src/node/native-sha256.ts) can install it with `useSha256` — the same values, faster
 * (at national scale the fingerprint hashes ~12.5 MB: ~48 ms in JavaScript, ~6 ms natively). The core itself
 * stays free of any platform API.
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex } from "@noble/hashes/utils";

export interface Sha256Stream {
  update(bytes: Uint8Array): void;
  /** The digest as lower-case hex (64 characters); the stream is done after it. */
  hex(): string;
}

export type Sha256Factory = () => Sha256Stream;

const javascript: Sha256Factory = () => {
  const h = sha256.create();
  return {
    update: (bytes) => {
      h.update(bytes);
    },
    hex: () => bytesToHex(h.digest()),
  };
};

let factory: Sha256Factory = javascript;

/** Installs a host's SHA-256 (null: back to the JavaScript one). */
export function useSha256(host: Sha256Factory | null): void {
  factory = host ?? javascript;
}

/** A new SHA-256 stream. */
export function sha256Stream(): Sha256Stream {
  return factory();
}
