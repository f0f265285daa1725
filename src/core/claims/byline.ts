import type { TextSpan } from './types';

export interface Byline {
  /** The whole statement of the author's affiliation, e.g. "(Zhang Xiao is the Chinese Ambassador to Kazakhstan.)". */
  readonly span: TextSpan;
  /** The author's name inside it. */
  readonly author: TextSpan;
}

// An op-ed's closing line "(Name is the ... of ...)" or "Name is the ..." in italics-free plain text.
const AFFILIATION = /^[ \t]*[(*_]*[ \t]*((?:\p{Lu}[\p{L}.’'-]*[ \t]+){1,4}?\p{Lu}[\p{L}’'-]*)[ \t]+(?:is|was|serves as)[ \t]+(?:the|a|an|former|[\p{L}-]+[ \t]+of)[ \t][^\n()]{3,200}?[.]?[)*_]*[ \t]*$/gmu;

/** The author's stated affiliation, when the article states one on a line of its own. */
export function findByline(text: string): Byline | null {
  AFFILIATION.lastIndex = 0;
  let found: Byline | null = null;
  for (let m = AFFILIATION.exec(text); m !== null; m = AFFILIATION.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const start = m.index + lead;
    const end = m.index + raw.trimEnd().length;
    const opened = /^[(*_]/.test(raw.trimStart());
    if (!opened) continue;
    const name = m[1] ?? '';
    const nameStart = m.index + raw.indexOf(name, lead);
    found = {
      span: { start, end, text: text.slice(start, end) },
      author: { start: nameStart, end: nameStart + name.length, text: name },
    };
  }
  return found;
}
