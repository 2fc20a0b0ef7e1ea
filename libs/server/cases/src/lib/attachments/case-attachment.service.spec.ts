import type { RequestPrincipal } from '@continuum/server/platform';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { CaseCommandService } from '../case-command.service';
import type { CaseQueryService } from '../case-query.service';
import { CaseAttachmentService } from './case-attachment.service';
import type { FileStorage } from './file-storage';

class MemoryStorage implements FileStorage {
  readonly files = new Map<string, Buffer>();
  async put(key: string, data: Buffer) {
    this.files.set(key, data);
  }
  async get(key: string) {
    return Readable.from(this.files.get(key)!);
  }
  async delete(key: string) {
    this.files.delete(key);
  }
}

const principal = {
  actor: { userId: 'u1', organizationId: 'o1' },
  label: 'Sophie Bernard',
} as RequestPrincipal;
const text = { buffer: Buffer.from('Compte rendu.'), originalname: 'cr.txt', size: 13 };

describe('adding a file to a case', () => {
  const commands = { authorize: jest.fn().mockResolvedValue({}) } as unknown as CaseCommandService;
  const query = {} as CaseQueryService;

  it('removes the stored bytes when the database refuses the row', async () => {
    const storage = new MemoryStorage();
    const failing = {
      transaction: jest.fn().mockRejectedValue(new Error('connection lost')),
    } as unknown as DataSource;
    const service = new CaseAttachmentService(failing, storage, query, commands);
    await expect(service.upload('c1', text, principal)).rejects.toThrow('connection lost');
    expect(storage.files.size).toBe(0);
  });

  it('stores nothing when the type is refused', async () => {
    const storage = new MemoryStorage();
    const dataSource = { transaction: jest.fn() } as unknown as DataSource;
    const service = new CaseAttachmentService(dataSource, storage, query, commands);
    const html = { buffer: Buffer.from('<html><script>x</script>'), originalname: 'a.pdf', size: 24 };
    await expect(service.upload('c1', html, principal)).rejects.toThrow(
      /^Type de fichier refusé : une page web \(HTML\)/,
    );
    expect(storage.files.size).toBe(0);
    expect(dataSource.transaction).not.toHaveBeenCalled();
  });
});
