import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { FileStorage, STORAGE_KEY } from './file-storage';

/** Files on a local disk (or a mounted volume), under `CONTINUUM_STORAGE_DIR`. */
export class DiskFileStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    // Written aside then renamed: a reader never sees half a file, a crash leaves only a .part.
    const partial = `${path}.${randomBytes(4).toString('hex')}.part`;
    try {
      await writeFile(partial, data, { flag: 'wx', mode: 0o600 });
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    // Opened first, so a missing file rejects here, before the caller has sent any header.
    const handle = await open(this.pathOf(key), 'r');
    return handle.createReadStream({ autoClose: true });
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    // Keys are made by newStorageKey(); anything else (a path, `..`) never reaches the disk.
    if (!STORAGE_KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
    return join(this.root, key);
  }
}
