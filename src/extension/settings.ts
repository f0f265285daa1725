import * as vscode from 'vscode';
import { CLAIM_KINDS, type ClaimKind } from '../core/claims/types';
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

/** The claim kinds highlighted when an article opens; the legend can still show the others. */
export function shownKinds(): readonly ClaimKind[] {
  const list = vscode.workspace.getConfiguration(SECTION).get<unknown>('shownKinds');
  if (!Array.isArray(list)) return CLAIM_KINDS;
  return CLAIM_KINDS.filter((kind) => list.includes(kind));
}

export type TextEditorDecorationMode = 'annotated' | 'all' | 'off';

/** Where claims and notes are also painted in the plain text editor: articles with notes (default), every .txt/.md, or nowhere. */
export function textEditorDecorationMode(): TextEditorDecorationMode {
  const mode = vscode.workspace.getConfiguration(SECTION).get<string>('textEditor.decorations', 'annotated');
  return mode === 'all' || mode === 'off' ? mode : 'annotated';
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
