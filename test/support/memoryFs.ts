import type { StoreEntry, StoreFileSystem } from '../../src/core/store/noteStore';

/** An in-memory store file system for unit tests. */
export class MemoryFs implements StoreFileSystem {
  readonly files = new Map<string, Uint8Array>();

  async read(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path);
  }

  async writeAtomic(path: string, data: Uint8Array): Promise<void> {
    this.files.set(path, data);
  }

  async list(path: string): Promise<readonly StoreEntry[]> {
    const prefix = path === '' ? '' : `${path}/`;
    const seen = new Map<string, boolean>();
    for (const key of this.files.keys()) {
      if (!key.startsWith(prefix)) continue;
      const [name, ...rest] = key.slice(prefix.length).split('/');
      if (name) seen.set(name, rest.length > 0 || seen.get(name) === true);
    }
    return [...seen].map(([name, directory]) => ({ name, directory }));
  }

  async remove(path: string): Promise<void> {
    this.files.delete(path);
  }
}
