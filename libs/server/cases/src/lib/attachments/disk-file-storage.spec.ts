import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { DiskFileStorage } from './disk-file-storage';
import { newStorageKey } from './file-storage';

describe('files on disk', () => {
  let root: string;
  let storage: DiskFileStorage;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'continuum-disk-'));
    storage = new DiskFileStorage(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores, reads back and deletes by key, readable by the server only', async () => {
    const key = newStorageKey();
    await storage.put(key, Buffer.from('bonjour'));
    expect(await text(await storage.get(key))).toBe('bonjour');
    expect(statSync(join(root, key)).mode & 0o777).toBe(0o600);
    await storage.delete(key);
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(join(root, key.slice(0, 2)))).toEqual([]);
  });

  it('refuses a key it did not make (no path ever reaches the disk)', async () => {
    await expect(storage.put('../evil', Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
    await expect(storage.get('ab/../../etc/passwd')).rejects.toThrow(/invalid storage key/);
  });
});
