import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { StoreEntry, StoreFileSystem } from '../core/store/noteStore';

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Makes the rename itself durable (POSIX); platforms that cannot open a folder skip it. */
async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot fsync a folder; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

/** The note store on the local disk: writes go to a temporary file, are flushed, then renamed into place. */
export class NodeStoreFs implements StoreFileSystem {
  constructor(readonly root: string) {}

  private resolve(relative: string): string {
    return path.join(this.root, ...relative.split('/'));
  }

  async read(relative: string): Promise<Uint8Array | undefined> {
    try {
      return await fs.readFile(this.resolve(relative));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async writeAtomic(relative: string, data: Uint8Array): Promise<void> {
    const target = this.resolve(relative);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomUUID()}.tmp`);
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fs.rename(temp, target);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
    await syncFolder(path.dirname(target));
  }

  async list(relative: string): Promise<readonly StoreEntry[]> {
    try {
      const entries = await fs.readdir(this.resolve(relative), { withFileTypes: true });
      return entries.map((e) => ({ name: e.name, directory: e.isDirectory() }));
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  async remove(relative: string): Promise<void> {
    await fs.rm(this.resolve(relative), { force: true });
  }
}
