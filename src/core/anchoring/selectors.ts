import { codePointToUtf16, utf16ToCodePoint } from '../text/offsets';

export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

/** start/end count Unicode code points, as the W3C model says. */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** How much context to keep on each side: enough to tell repeated sentences apart. */
export const CONTEXT_LENGTH = 32;

export function describeRange(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Invalid range ${start}-${end} for a text of ${text.length} characters`);
  }
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
  const position: TextPositionSelector = {
    type: 'TextPositionSelector',
    start: utf16ToCodePoint(text, start),
    end: utf16ToCodePoint(text, end),
  };
  return [quote, position];
}

export function positionToUtf16(text: string, selector: TextPositionSelector): { start: number; end: number } {
  return { start: codePointToUtf16(text, selector.start), end: codePointToUtf16(text, selector.end) };
}

export function findQuote(selectors: readonly TextSelector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function findPosition(selectors: readonly TextSelector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}
