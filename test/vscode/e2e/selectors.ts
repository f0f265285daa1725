// The annotator webview's DOM as the flows see it (src/webview). One place to adapt when it changes.
export const ARTICLE = '#article';
export const CLAIM = 'mark.claim';
export const NOTE_ANCHOR = 'mark.note-anchor';
export const NOTES = '#notes';
export const NOTE_CARD = '#notes .note';
export const ADD_NOTE_BUTTON = 'button#add-note';
export const NOTE_BODY = 'textarea#note-body';
export const NOTE_VERDICT = 'select#note-verdict';
export const NOTE_TAGS = 'input#note-tags';
export const NOTE_SAVE = 'button#note-save';

// The workbench (VS Code's own DOM, stable across 1.9x builds).
export const EXPLORER_ROW = '.explorer-folders-view .monaco-list-row';
export const QUICK_INPUT = '.quick-input-widget';
export const QUICK_INPUT_BOX = '.quick-input-widget .quick-input-box input';
export const QUICK_INPUT_ROW = '.quick-input-widget .quick-input-list .monaco-list-row';
export const ACTIVE_TAB = '.tabs-container .tab.active';
/** The side bar's title ("EXPLORER"): clicking it does nothing but take the focus into the workbench. */
export const SIDEBAR_TITLE = '.part.sidebar .composite.title';
export const WEBVIEW_IFRAME = 'iframe.webview.ready';
export const NOTIFICATION = '.notifications-toasts .notification-toast';

// Triage, filters and drift (src/webview/legend.ts, notesPanel.ts).
export const TOOLBAR = '#toolbar';
export const PROGRESS = '#progress-text';
export const CURRENT_CLAIM = 'mark.claim.current';
export const FILTER_UNSOURCED = 'button#filter-unsourced';
export const FILTER_UNREVIEWED = 'button#filter-unreviewed';
export const MARGIN_NOTE = '#margin-notes .note';
export const LOST_NOTE = '#lost-notes .note';
