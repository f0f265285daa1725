/**
 * W3C selectors count Unicode code points; JavaScript strings count UTF-16 units.
 * Everything inside the project uses UTF-16 offsets; these convert at the W3C boundary.
 */
export function utf16ToCodePoint(text: string, offset: number): number {
  let points = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < offset) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    points++;
  }
  return points;
}

export function codePointToUtf16(text: string, points: number): number {
  let i = 0;
  let seen = 0;
  while (seen < points && i < text.length) {
    const unit = text.charCodeAt(i);
    const isPair =
      unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length &&
      text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    i += isPair ? 2 : 1;
    seen++;
  }
  return i;
}

/** Decodes file bytes as the CLI and the editor read them: UTF-8, a BOM kept as one character. */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
