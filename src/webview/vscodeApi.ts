import type { NoteContent } from '../core/store/annotation';
import type { WebviewToHost } from '../protocol/messages';
import type { ScrollAnchor } from './scrollAnchor';

/** A note being written when the panel was hidden: brought back when it is shown again. */
export interface DraftState {
  readonly start: number;
  readonly end: number;
  readonly noteId?: string;
  /** The edited note's `modified` when its form was opened. */
  readonly base?: string;
  readonly content: NoteContent;
}

/** What the webview remembers across reloads (scroll position, filters, the claim in focus, a draft). */
export interface ViewState {
  readonly documentUri?: string;
  /** Only in state saved before scrollAnchor existed, which still restores. */
  readonly scrollTop?: number;
  /** The text at the top of the viewport and the scroll position: the position alone does not pin a long article down. */
  readonly scrollAnchor?: ScrollAnchor;
  readonly hiddenKinds?: readonly string[];
  readonly unsourcedOnly?: boolean;
  readonly unreviewedOnly?: boolean;
  readonly currentClaimId?: string;
  readonly draft?: DraftState | null;
}

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export const vscode: VsCodeApi = acquireVsCodeApi();

export function updateState(patch: Partial<ViewState>): void {
  vscode.setState({ ...(vscode.getState() ?? {}), ...patch });
}
