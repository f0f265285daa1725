import * as vscode from 'vscode';
import { SECTION } from './settings';

interface GitRepository {
  getConfig(key: string): Promise<string>;
}
interface GitApi {
  readonly repositories: readonly GitRepository[];
  getGlobalConfig?(key: string): Promise<string>;
}
interface GitExtension {
  getAPI(version: 1): GitApi;
}

async function gitUserName(): Promise<string> {
  try {
    const git = vscode.extensions.getExtension<GitExtension>('vscode.git');
    const api = git?.isActive ? git.exports.getAPI(1) : undefined;
    if (!api) return '';
    const repository = api.repositories[0];
    const name = repository ? await repository.getConfig('user.name') : await api.getGlobalConfig?.('user.name');
    return (name ?? '').trim();
  } catch {
    return '';
  }
}

/** The account name of the OS user, where the extension host runs on an OS (not on the web). */
function osUserName(): string {
  const env = typeof process === 'object' && process !== null ? process.env : undefined;
  return (env?.['USER'] ?? env?.['USERNAME'] ?? env?.['LOGNAME'] ?? '').trim();
}

/** The creator of new notes: the articleAnnotator.author setting, else git's user.name, else the OS user. */
export async function noteAuthor(): Promise<string> {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>('author', '').trim();
  if (configured) return configured;
  const fromGit = await gitUserName();
  if (fromGit) return fromGit;
  return osUserName() || (vscode.env.remoteName ? 'Analyst (remote)' : 'Analyst');
}
