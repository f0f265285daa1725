import { completeStringTable, formatTemplate, WEBVIEW_STRINGS, type WebviewStringKey, type WebviewStringTable } from '../protocol/webviewStrings';

// Templates with arguments are reached through the functions below, never as plain text.
const TEMPLATE_KEYS = [
  'claimsSummary', 'claimsShown', 'progress', 'showKind', 'hideKind', 'claimAnnouncement', 'notes', 'lost', 'noteOn',
  'keyNextPrevious', 'keyNextUnreviewed', 'keyNewNote', 'keyEdit', 'keyVerdict', 'keyFilters', 'keyEnter', 'keyEscape',
] as const satisfies readonly WebviewStringKey[];
type PlainKey = Exclude<WebviewStringKey, (typeof TEMPLATE_KEYS)[number]>;
const PLAIN_KEYS = (Object.keys(WEBVIEW_STRINGS) as WebviewStringKey[]).filter(
  (key): key is PlainKey => !(TEMPLATE_KEYS as readonly string[]).includes(key),
);

let table: WebviewStringTable = WEBVIEW_STRINGS;
const plain = Object.fromEntries(PLAIN_KEYS.map((key) => [key, table[key]])) as Record<PlainKey, string>;

/** The webview's words, in the language the host sent (English until it does). */
export const STRINGS = Object.assign(plain, {
  claimsSummary: (claims: number, unsourced: number): string => formatTemplate(table.claimsSummary, claims, unsourced),
  progress: (reviewed: number, total: number): string => formatTemplate(table.progress, reviewed, total),
  claimsShown: (shown: number, total: number): string => formatTemplate(table.claimsShown, shown, total),
  toggleKind: (kind: string, count: number, shown: boolean): string => formatTemplate(shown ? table.hideKind : table.showKind, count, kind),
  claimAnnouncement: (index: number, total: number, kind: string, source: string, review: string, text: string): string =>
    formatTemplate(table.claimAnnouncement, index, total, kind, source, review, text),
  notes: (count: number): string => formatTemplate(table.notes, count),
  lost: (count: number): string => formatTemplate(table.lost, count),
  noteOn: (quote: string): string => formatTemplate(table.noteOn, quote),
  keyboardMap: (): readonly (readonly [string, string])[] => [
    ['j / k', table.keyNextPrevious],
    ['u', table.keyNextUnreviewed],
    ['n', table.keyNewNote],
    ['e', table.keyEdit],
    ['v', table.keyVerdict],
    ['/', table.keyFilters],
    ['Enter', table.keyEnter],
    ['Esc', table.keyEscape],
  ],
});

/** Takes the host's table (from the article message); what it lacks stays English. */
export function useStrings(candidate: unknown): void {
  table = completeStringTable(candidate);
  for (const key of PLAIN_KEYS) plain[key] = table[key];
}
