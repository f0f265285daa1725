/** The kinds of checkable claim the detector tells apart. */
export const CLAIM_KINDS = [
  'statistic',
  'comparison',
  'attribution',
  'quote',
  'prediction',
  'causal',
  'event',
] as const;

export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** A half-open range [start, end) of UTF-16 offsets into the article text, with the text it covers. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Claim extends TextSpan {
  /** Stable for the same text at the same place: derived from the claim text and its occurrence. */
  readonly id: string;
  readonly kind: ClaimKind;
  /** Check-worthiness in [0, 1]. */
  readonly score: number;
  /** The source the article names for this claim, or null when it names none. */
  readonly source: TextSpan | null;
  /** Human-readable reasons the claim was flagged, e.g. "number: 18.9 percent". */
  readonly cues: readonly string[];
}

export interface Sentence extends TextSpan {
  /** Its place among the sentences found with it: in the text for splitSentences, in its block for detection. */
  readonly index: number;
}
