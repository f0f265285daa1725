import type { Claim } from '../core/claims/types';
import type { ArticleBlock } from '../core/render/article';
import { applyBlocksEdit, applyClaimsEdit, applyNotesEdit, diffBlocks, diffClaims, diffNotes, type ListEdit } from '../core/render/listEdit';
import type { ArticleFormat } from '../core/render/format';
import { applyTextEdit, diffText, type TextEdit } from '../core/render/textEdit';
import type { NoteContent } from '../core/store/annotation';
import type { NoteView } from '../core/store/notes';
import type { WebviewStringTable } from './webviewStrings';

/** Messages are tagged with the document they are about, so a late reply for another file is ignored. */
interface DocumentMessage {
  readonly documentUri: string;
}

export interface ArticleMessage extends DocumentMessage {
  readonly type: 'article';
  readonly version: number;
  readonly path: string;
  readonly format: ArticleFormat;
  readonly text: string;
  readonly claims: readonly Claim[];
  readonly notes: readonly NoteView[];
  readonly verdicts: readonly string[];
  readonly problems: readonly string[];
  /** Claim kinds shown at first (the articleAnnotator.shownKinds setting); absent means all. */
  readonly shownKinds?: readonly string[];
  /** Tags already used in the workspace's notes, offered as completions. */
  readonly knownTags?: readonly string[];
  /** The webview's words in VS Code's display language (see webviewStrings.ts). */
  readonly strings?: WebviewStringTable;
  /**
   * The article already rendered by the host, renderArticleBlocks(text, format, articleHighlights(claims, notes)),
   * where the renderer's code is warm and off the webview's thread; absent for articles too long to send twice.
   */
  readonly blocks?: readonly ArticleBlock[];
}

/**
 * An article message after an edit, as a change to the last one sent (`baseVersion`): the text, the claims, the
 * notes and the rendered blocks the edit kept are not sent again. A long article's message is mostly those, and every copy
 * of it is parsed on the workbench's thread on its way to the webview.
 */
export interface ArticleEditMessage extends Omit<ArticleMessage, 'type' | 'text' | 'claims' | 'notes' | 'blocks' | 'strings'> {
  readonly type: 'articleEdit';
  readonly baseVersion: number;
  readonly text: TextEdit;
  readonly claims: ListEdit<Claim>;
  readonly notes: ListEdit<NoteView>;
  /** Present when the article message has blocks; a change to the base message's blocks (none when it had none). */
  readonly blocks?: ListEdit<ArticleBlock>;
}

/** What an article message and its edit message both carry whole. */
type ArticleFields = Omit<ArticleMessage, 'type' | 'text' | 'claims' | 'notes' | 'blocks' | 'strings'>;

function articleFields(message: ArticleFields): ArticleFields {
  const { documentUri, version, path, format, verdicts, problems, shownKinds, knownTags } = message;
  const fields: ArticleFields = { documentUri, version, path, format, verdicts, problems };
  return { ...fields, ...(shownKinds && { shownKinds }), ...(knownTags && { knownTags }) };
}

/** The article message `next` as a change to `base`, the last one the webview was sent. */
export function articleEditOf(base: ArticleMessage, next: ArticleMessage): ArticleEditMessage {
  const shift = next.text.length - base.text.length;
  const edit: ArticleEditMessage = {
    ...articleFields(next),
    type: 'articleEdit',
    baseVersion: base.version,
    text: diffText(base.text, next.text),
    claims: diffClaims(base.claims, next.claims, shift),
    notes: diffNotes(base.notes, next.notes, shift),
  };
  return next.blocks ? { ...edit, blocks: diffBlocks(base.blocks ?? [], next.blocks, shift) } : edit;
}

/** The article message an edit message stands for, given the base message it was made from. */
export function applyArticleEdit(base: ArticleMessage, edit: ArticleEditMessage): ArticleMessage {
  const message: ArticleMessage = {
    ...articleFields(edit),
    type: 'article',
    text: applyTextEdit(base.text, edit.text),
    claims: applyClaimsEdit(base.claims, edit.claims),
    notes: applyNotesEdit(base.notes, edit.notes),
  };
  return edit.blocks ? { ...message, blocks: applyBlocksEdit(base.blocks ?? [], edit.blocks) } : message;
}

export interface NotesMessage extends DocumentMessage {
  readonly type: 'notes';
  readonly notes: readonly NoteView[];
  readonly problems: readonly string[];
}

/** Asks the webview to open the note form on the current selection (the "Add Note" command). */
export interface StartNoteMessage extends DocumentMessage {
  readonly type: 'startNote';
}

export interface ErrorMessage extends DocumentMessage {
  readonly type: 'error';
  readonly message: string;
}

/** Scrolls to and focuses a range of the article (the Notes tree view, the text editor's hover). */
export interface RevealMessage extends DocumentMessage {
  readonly type: 'reveal';
  readonly start: number;
  readonly end: number;
  /** The note to bring into view; an orphaned note has no range to reveal, only its card. */
  readonly noteId?: string;
}

export const WEBVIEW_COMMANDS = ['nextClaim', 'previousClaim', 'nextUnreviewed', 'editNote', 'setVerdict', 'filter'] as const;
export type WebviewCommand = (typeof WEBVIEW_COMMANDS)[number];

/** A palette command or keybinding that acts inside the annotator, same as its webview shortcut. */
export interface CommandMessage extends DocumentMessage {
  readonly type: 'command';
  readonly command: WebviewCommand;
}

/**
 * The answer to `ready` when the host had already sent the article of this version before the webview asked (the
 * workbench holds a message for a webview whose page is still loading). A page that did not get it, having loaded
 * too late for the workbench to hold it, asks again with `ready`.
 */
export interface ArticleSentMessage extends DocumentMessage {
  readonly type: 'articleSent';
  readonly version: number;
}

/** An ArticleMessage as the host sends it: see packArticle. */
export interface PackedArticleMessage extends DocumentMessage {
  readonly type: 'articlePacked';
  readonly version: number;
  readonly bytes: Uint8Array;
}

export type HostToWebview = ArticleMessage | PackedArticleMessage | ArticleEditMessage | ArticleSentMessage | NotesMessage | StartNoteMessage | ErrorMessage | RevealMessage | CommandMessage;

export interface ReadyMessage {
  readonly type: 'ready';
}

export interface AddNoteMessage extends DocumentMessage {
  readonly type: 'addNote';
  readonly start: number;
  readonly end: number;
  readonly content: NoteContent;
}

export interface UpdateNoteMessage extends DocumentMessage {
  readonly type: 'updateNote';
  readonly id: string;
  /** The note's `modified` when the form was opened on it: a note changed since is not overwritten (see editContent). */
  readonly base: string;
  readonly content: NoteContent;
}

export interface DeleteNoteMessage extends DocumentMessage {
  readonly type: 'deleteNote';
  readonly id: string;
  /** The note's `modified` as shown: a note changed since is not deleted. */
  readonly base: string;
}

/** The webview could not map a selection to the file (e.g. inside rendered markup with no source). */
export interface NoticeMessage extends DocumentMessage {
  readonly type: 'notice';
  readonly message: string;
}

/** A link in the article or a note was activated: the host decides whether to open it, the webview never navigates. */
export interface OpenLinkMessage {
  readonly type: 'openLink';
  readonly href: string;
}

/** Attach a (drifted or orphaned) note to the passage now selected: new quote and position, same note. */
export interface ReattachNoteMessage extends DocumentMessage {
  readonly type: 'reattachNote';
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** Accept what the article now says where a drifted note was found as the note's quote. */
export interface AcceptDriftMessage extends DocumentMessage {
  readonly type: 'acceptDrift';
  readonly id: string;
}

export type WebviewToHost =
  | ReadyMessage | AddNoteMessage | UpdateNoteMessage | DeleteNoteMessage | NoticeMessage | OpenLinkMessage
  | ReattachNoteMessage | AcceptDriftMessage;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isContent(value: unknown): value is NoteContent {
  return (
    isObject(value) &&
    typeof value['body'] === 'string' &&
    Array.isArray(value['tags']) &&
    value['tags'].every((t) => typeof t === 'string') &&
    (value['verdict'] === null || typeof value['verdict'] === 'string') &&
    Array.isArray(value['evidence']) &&
    value['evidence'].every((e) => typeof e === 'string')
  );
}

/** The host trusts nothing the webview sends: it checks the shape before acting. */
export function parseWebviewMessage(value: unknown): WebviewToHost | undefined {
  if (!isObject(value) || typeof value['type'] !== 'string') return undefined;
  if (value['type'] === 'ready') return { type: 'ready' };
  if (value['type'] === 'openLink') {
    return typeof value['href'] === 'string' && value['href'].length <= 2048 ? { type: 'openLink', href: value['href'] } : undefined;
  }
  if (typeof value['documentUri'] !== 'string') return undefined;
  const documentUri = value['documentUri'];
  switch (value['type']) {
    case 'addNote':
      if (!isOffset(value['start']) || !isOffset(value['end']) || value['end'] <= value['start'] || !isContent(value['content'])) return undefined;
      return { type: 'addNote', documentUri, start: value['start'], end: value['end'], content: value['content'] };
    case 'updateNote':
      if (typeof value['id'] !== 'string' || typeof value['base'] !== 'string' || !isContent(value['content'])) return undefined;
      return { type: 'updateNote', documentUri, id: value['id'], base: value['base'], content: value['content'] };
    case 'deleteNote':
      if (typeof value['id'] !== 'string' || typeof value['base'] !== 'string') return undefined;
      return { type: 'deleteNote', documentUri, id: value['id'], base: value['base'] };
    case 'reattachNote':
      if (typeof value['id'] !== 'string' || !isOffset(value['start']) || !isOffset(value['end']) || value['end'] <= value['start']) return undefined;
      return { type: 'reattachNote', documentUri, id: value['id'], start: value['start'], end: value['end'] };
    case 'acceptDrift':
      if (typeof value['id'] !== 'string') return undefined;
      return { type: 'acceptDrift', documentUri, id: value['id'] };
    case 'notice':
      if (typeof value['message'] !== 'string') return undefined;
      return { type: 'notice', documentUri, message: value['message'].slice(0, 500) };
    default:
      return undefined;
  }
}
