import { completeStringTable, formatTemplate, WEBVIEW_STRINGS, type WebviewStringKey, type WebviewStringTable } from '../protocol/webviewStrings';

let table: WebviewStringTable = WEBVIEW_STRINGS;

// Templates with arguments are reached through these functions; every other key is plain text.
const TEMPLATES = {
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
};

type PlainKey = Exclude<WebviewStringKey, keyof typeof TEMPLATES>;
const PLAIN_KEYS = (Object.keys(WEBVIEW_STRINGS) as WebviewStringKey[]).filter((key): key is PlainKey => !(key in TEMPLATES));
const plain = Object.fromEntries(PLAIN_KEYS.map((key) => [key, table[key]])) as Record<PlainKey, string>;

/** The webview's words, in the language the host sent (English until it does). */
export const STRINGS = Object.assign(plain, TEMPLATES);

/** Takes the host's table (from the article message); what it lacks stays English. */
export function useStrings(candidate: unknown): void {
  table = completeStringTable(candidate);
  for (const key of PLAIN_KEYS) plain[key] = table[key];
}
