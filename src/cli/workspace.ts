import { promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { NoteStore } from '../core/store/noteStore';
import { decodeUtf8 } from '../core/text/offsets';
import { RuntimeError } from './errors';
import { NodeStoreFs } from './nodeStoreFs';

export const STORE_FOLDER = '.annotations';

export interface CliWorkspace {
  readonly root: string;
  readonly store: NoteStore;
}

export function openWorkspace(dir: string | undefined): CliWorkspace {
  const root = path.resolve(dir ?? process.cwd());
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new RuntimeError(`workspace folder not found: ${root}`);
  return { root, store: new NoteStore(new NodeStoreFs(path.join(root, STORE_FOLDER))) };
}

/** The article's path as the store names it: relative to the workspace, with forward slashes. */
export function articleKey(workspace: CliWorkspace, file: string): string {
  const relative = path.relative(workspace.root, path.resolve(file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new RuntimeError(`the article must be inside the workspace folder ${workspace.root}: ${file}`);
  }
  return relative.split(path.sep).join('/');
}

/** Reads an article as text, refusing what is clearly not text. */
export async function readArticle(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RuntimeError(`article not found: ${file}`);
    if (code === 'EISDIR') throw new RuntimeError(`not a file: ${file}`);
    throw new RuntimeError(`cannot read ${file}: ${code ?? String(error)}`);
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new RuntimeError(`not a text file (binary content): ${file}`);
  return decodeUtf8(bytes);
}
