import type { NoteContent } from '../core/store/annotation';
import type { WebviewToHost } from '../protocol/messages';

/** A note being written when the panel was hidden: brought back when it is shown again. */
export interface DraftState {
  readonly start: number;
  readonly end: number;
  readonly noteId?: string;
  readonly content: NoteContent;
}

/** What the webview remembers across reloads (scroll position, filters, the claim in focus, a draft). */
export interface ViewState {
  readonly documentUri?: string;
  readonly scrollTop?: number;
  readonly hiddenKinds?: readonly string[];
  readonly unsourcedOnly?: boolean;
  readonly unreviewedOnly?: boolean;
  readonly currentClaimId?: string;
  readonly draft?: DraftState | null;
}

/**
 * Re-attaching a drifted or orphaned note, and accepting its new text: the store side (issue 5) adds these
 * to src/protocol; until then the webview declares their shape here.
 */
export type DriftMessage =
  | { readonly type: 'reattachNote'; readonly documentUri: string; readonly id: string; readonly start: number; readonly end: number }
  | { readonly type: 'acceptDrift'; readonly documentUri: string; readonly id: string };

interface VsCodeApi {
  postMessage(message: WebviewToHost | DriftMessage): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export const vscode: VsCodeApi = acquireVsCodeApi();

export function updateState(patch: Partial<ViewState>): void {
  vscode.setState({ ...(vscode.getState() ?? {}), ...patch });
}
