import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { type EncodingProblem, TextCheck } from '../parsing/csv-text';

/** 1 Go: a département's extract of several years, or the SSMSI's national base (about 500 Mo). */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
export const IMPORT_TOO_LARGE = 'Fichier trop volumineux (1 Go au plus).';

/** How much of the file's start is kept in memory, for its header and the mapping step's preview. */
const HEAD_BYTES = 64 * 1024;

/** What was received: where the bytes wait, how many, their hash, their start, their encoding. */
export interface ReceivedImportFile {
  key: string;
  size: number;
  sha256: string;
  head: Buffer;
  encoding: EncodingProblem | null;
  originalname?: string;
}

const KEY = /^[0-9a-f]{32}$/;

/**
 * The files sent to the diagnostic, on disk under `<storage>/diagnostic-imports/`, until their job
 * has read them (a shared volume when workers run apart). A file is streamed in as it arrives —
 * hashed, checked as UTF-8 text, its first 64 ko kept — and never held whole in memory.
 */
export class ImportFileStore {
  private readonly root: string;

  constructor(storageDir: string) {
    this.root = resolve(storageDir, 'diagnostic-imports');
  }

  async receive(stream: Readable): Promise<ReceivedImportFile> {
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    const key = randomBytes(16).toString('hex');
    const partial = `${this.pathOf(key)}.part`;
    const hash = createHash('sha256');
    const check = new TextCheck();
    const head: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    const out = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        hash.update(chunk);
        check.push(chunk);
        if (headLength < HEAD_BYTES) {
          head.push(chunk.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
        }
        if (!out.write(chunk)) await new Promise<void>((done) => out.once('drain', () => done()));
      }
      await new Promise<void>((done, fail) =>
        out.end((error?: Error | null) => (error ? fail(error) : done())),
      );
      if ((stream as { truncated?: boolean }).truncated) throw new Error(IMPORT_TOO_LARGE);
      await rename(partial, this.pathOf(key));
    } catch (error) {
      out.destroy();
      await rm(partial, { force: true });
      throw error;
    }
    return { key, size, sha256: hash.digest('hex'), head: Buffer.concat(head), encoding: check.end() };
  }

  /**
   * Read in 8 ko chunks: the CSV parser turns a chunk into records at once, and the records of a
   * 64 ko chunk (about 500) wait long enough to outlive the young generation's collections — a
   * million lines then grew the heap by some 100 Mo of garbage (bench:diagnostic).
   */
  open(key: string): Readable {
    return createReadStream(this.pathOf(key), { highWaterMark: 8 * 1024 });
  }

  async remove(key: string | null): Promise<void> {
    if (key) await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`invalid import file key: ${key}`);
    return join(this.root, key);
  }
}

export const IMPORT_FILE_STORE = Symbol('IMPORT_FILE_STORE');

/** The part of multer's storage engine the upload route uses (multer ships no types here). */
interface MulterFile {
  stream: Readable;
  originalname: string;
}
type Done = (error: Error | null, info?: Partial<ReceivedImportFile>) => void;

/** A multer storage engine that streams the upload into the store instead of memory. */
export function importFileEngine(store: ImportFileStore) {
  return {
    _handleFile(_req: unknown, file: MulterFile, done: Done): void {
      store.receive(file.stream).then(
        (received) => done(null, received),
        (error: Error) => done(error),
      );
    },
    _removeFile(_req: unknown, file: Partial<ReceivedImportFile>, done: (error: Error | null) => void): void {
      store.remove(file.key ?? null).then(
        () => done(null),
        (error: Error) => done(error),
      );
    },
  };
}
