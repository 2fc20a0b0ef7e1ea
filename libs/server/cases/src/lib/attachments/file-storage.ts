import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

/**
 * Where the bytes of attached files live, by opaque key. The database holds what a file is (name,
 * type, size, hash, case); the storage only holds bytes, so a disk can be swapped for an
 * S3-compatible bucket without touching the rest.
 */
export interface FileStorage {
  /** Stores `data` under `key`; the key must be new (see `newStorageKey`). */
  put(key: string, data: Buffer): Promise<void>;
  /** The bytes under `key`; rejects before any byte is read when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** A random key, never derived from the file's name or content: `3f/3fa9…` (two-level fan-out). */
export function newStorageKey(): string {
  const id = randomBytes(16).toString('hex');
  return `${id.slice(0, 2)}/${id}`;
}

export const STORAGE_KEY = /^[0-9a-f]{2}\/[0-9a-f]{32}$/;
