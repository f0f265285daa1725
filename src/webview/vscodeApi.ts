import type { WebviewToHost } from '../protocol/messages';

/** What the webview remembers across reloads (scroll position, filters). */
export interface ViewState {
  readonly documentUri?: string;
  readonly scrollTop?: number;
  readonly hiddenKinds?: readonly string[];
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
