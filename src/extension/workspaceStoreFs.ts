import * as vscode from 'vscode';
import type { StoreEntry, StoreFileSystem } from '../core/store/noteStore';

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

/** The note store on top of vscode.workspace.fs, so it works in remote and virtual workspaces too. */
export class WorkspaceStoreFs implements StoreFileSystem {
  constructor(readonly root: vscode.Uri) {}

  private uri(path: string): vscode.Uri {
    return path === '' ? this.root : vscode.Uri.joinPath(this.root, ...path.split('/'));
  }

  async read(path: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(this.uri(path));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async writeAtomic(path: string, data: Uint8Array): Promise<void> {
    const target = this.uri(path);
    const folder = vscode.Uri.joinPath(target, '..');
    await vscode.workspace.fs.createDirectory(folder);
    const temp = vscode.Uri.joinPath(folder, `.${path.split('/').pop() ?? 'note'}.${crypto.randomUUID()}.tmp`);
    await vscode.workspace.fs.writeFile(temp, data);
    try {
      await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    } catch (error) {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      throw error;
    }
  }

  async list(path: string): Promise<readonly StoreEntry[]> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(this.uri(path));
      return entries.map(([name, type]) => ({ name, directory: (type & vscode.FileType.Directory) !== 0 }));
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  async remove(path: string): Promise<void> {
    try {
      await vscode.workspace.fs.delete(this.uri(path));
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}
