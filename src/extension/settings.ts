import * as vscode from 'vscode';
import { DEFAULT_VERDICTS } from '../core/store/annotation';

export const SECTION = 'articleAnnotator';

export type StorageLocation = 'workspace' | 'private';

export function storageLocation(): StorageLocation {
  return vscode.workspace.getConfiguration(SECTION).get<StorageLocation>('storage', 'workspace') === 'private'
    ? 'private'
    : 'workspace';
}

export function verdicts(): readonly string[] {
  const list = vscode.workspace.getConfiguration(SECTION).get<unknown>('verdicts');
  if (Array.isArray(list) && list.length > 0 && list.every((v) => typeof v === 'string')) return list as string[];
  return DEFAULT_VERDICTS;
}

interface GitRepository {
  getConfig(key: string): Promise<string>;
}
interface GitApi {
  repositories: GitRepository[];
}
interface GitExtension {
  getAPI(version: 1): GitApi;
}

/** The author of new notes: the setting, else git's user.name, else a neutral name. */
export async function authorName(): Promise<string> {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>('author', '').trim();
  if (configured) return configured;
  try {
    const git = vscode.extensions.getExtension<GitExtension>('vscode.git');
    const api = git?.isActive ? git.exports.getAPI(1) : undefined;
    const name = api?.repositories[0] ? (await api.repositories[0].getConfig('user.name')).trim() : '';
    if (name) return name;
  } catch {
    // git may be missing or disabled: fall through to the neutral name.
  }
  return vscode.env.remoteName ? 'Analyst (remote)' : 'Analyst';
}
