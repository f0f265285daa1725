/**
 * The webview's words as English templates ({0}, {1}: arguments). The host looks each one up with
 * vscode.l10n.t, like its own strings, and sends the table with the article: VS Code's l10n bundles
 * reach the extension host only, not the webview.
 */
export const WEBVIEW_STRINGS = {
  loading: 'Loading…',
  articleRegion: 'Article',
  notesRegion: 'Notes',
  addNote: 'Add note',
  claimsSummary: '{0} claims, {1} with no source named',
  progress: '{0} of {1} claims reviewed',
  unsourcedOnly: 'Unsourced only',
  unreviewedOnly: 'Unreviewed only',
  showKind: 'Show {0} {1} claims',
  hideKind: 'Hide {0} {1} claims',
  filters: 'Claim filters',
  claimKinds: 'Claim kinds',
  noSource: 'No source named',
  kind: 'Kind',
  evidenceList: 'Evidence',
  claimsShown: '{0} of {1} claims shown',
  source: 'Source',
  score: 'Score',
  why: 'Why flagged',
  reviewed: 'Reviewed',
  notReviewed: 'Not reviewed',
  claimAnnouncement: 'Claim {0} of {1}, {2}, {3}, {4}: {5}',
  noMoreClaims: 'No claims match the filters',
  allReviewed: 'Every claim shown is reviewed',
  selectFirst: 'Select some article text, or move to a claim with j or k, first',
  noteSaved: 'Note saved',
  noteDeleted: 'Note deleted',
  noNoteHere: 'No note on this claim yet: press n to write one',
  notes: 'Notes ({0})',
  emptyNotes: 'Select text in the article, or a claim (j, k), and press n or “Add note”.',
  lost: 'Drifted and orphaned ({0})',
  drifted: 'drifted',
  orphaned: 'orphaned',
  noVerdict: 'no verdict',
  was: 'Was',
  now: 'Now',
  notFound: 'The quoted text is no longer in the article.',
  edit: 'Edit',
  delete: 'Delete',
  reattach: 'Re-attach to selection',
  acceptNewText: 'Accept new text',
  reattachNeedsSelection: 'Select the text to re-attach this note to, then choose “Re-attach to selection”',
  noteOn: 'Note on “{0}”',
  noteEditor: 'Note editor',
  noteBody: 'Note (Markdown)',
  bodyPlaceholder: 'What did you find? Markdown is allowed.',
  write: 'Write',
  preview: 'Preview',
  nothingToPreview: 'Nothing to preview',
  verdict: 'Verdict',
  tags: 'Tags (comma separated)',
  evidence: 'Evidence links (one per line)',
  save: 'Save note',
  cancel: 'Cancel',
  formHint: 'Ctrl+Enter saves, Escape cancels',
  keyboardHelp: 'Keyboard',
  keyNextPrevious: 'next / previous claim',
  keyNextUnreviewed: 'next unreviewed claim',
  keyNewNote: 'new note on the selection or claim',
  keyEdit: 'edit the note on this claim',
  keyVerdict: 'set the verdict',
  keyFilters: 'go to the filters',
  keyEnter: 'on a claim: its first note; on a note: its text',
  keyEscape: 'close, back to the article',
} as const;

export type WebviewStringKey = keyof typeof WEBVIEW_STRINGS;
export type WebviewStringTable = Readonly<Record<WebviewStringKey, string>>;

/** Fills {0}, {1}... with the arguments; a placeholder without an argument stays as it is. */
export function formatTemplate(template: string, ...args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/** A table from the host, checked key by key: anything missing or not a string keeps its English. */
export function completeStringTable(candidate: unknown): WebviewStringTable {
  const table: Record<string, string> = { ...WEBVIEW_STRINGS };
  if (typeof candidate === 'object' && candidate !== null) {
    for (const key of Object.keys(WEBVIEW_STRINGS)) {
      const value = (candidate as Record<string, unknown>)[key];
      if (typeof value === 'string') table[key] = value;
    }
  }
  return table as WebviewStringTable;
}
