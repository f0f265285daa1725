import { strict as assert } from 'node:assert';
import { detectClaims } from '../../src/core/claims';
import { articleHighlights, renderArticleBlocks } from '../../src/core/render';
import type { ArticleMessage } from '../../src/protocol/messages';
import { packArticle, unpackArticle } from '../../src/protocol/packedArticle';
import { SAMPLE_TEXT } from '../support/sample';

// Offsets count UTF-16 code units: text outside the BMP, and a lone surrogate a copy-paste left, must come back unit for unit.
const TEXT = `${SAMPLE_TEXT}\n\nTrade rose 5% 😀 in 2024, “the ministry” said.\n\nA stray \ud83d half and a tab\there.`;

function message(): ArticleMessage {
  const claims = detectClaims(TEXT);
  return {
    type: 'article', documentUri: 'file:///w/a.md', version: 7, path: 'a.md', format: 'markdown', text: TEXT, claims, notes: [], verdicts: ['verified'], problems: ['notes.json: bad'],
    shownKinds: ['statistic'], knownTags: ['trade'], blocks: renderArticleBlocks(TEXT, 'markdown', articleHighlights(claims, [])),
  };
}

describe('Packed article messages: the article as bytes on its way to the webview', () => {
  it('unpacks to exactly the message packed, text unit for unit', () => {
    const original = message();
    const packed = packArticle(original);
    assert.equal(packed.type, 'articlePacked');
    assert.equal(packed.documentUri, original.documentUri);
    assert.equal(packed.version, original.version);
    const unpacked = unpackArticle(packed);
    assert.deepStrictEqual(unpacked, original);
    assert.equal(unpacked?.text.length, TEXT.length);
  });

  it('refuses bytes that are not the article the packed message names', () => {
    const packed = packArticle(message());
    assert.equal(unpackArticle({ ...packed, version: 8 }), null);
    assert.equal(unpackArticle({ ...packed, documentUri: 'file:///w/b.md' }), null);
    assert.equal(unpackArticle({ ...packed, bytes: packed.bytes.subarray(0, packed.bytes.length >> 1) }), null);
    const notAnArticle = { type: 'notes', documentUri: packed.documentUri, version: packed.version, text: 'x' };
    assert.equal(unpackArticle({ ...packed, bytes: new TextEncoder().encode(JSON.stringify(notAnArticle)) }), null);
    assert.equal(unpackArticle({ ...packed, bytes: new TextEncoder().encode('null') }), null);
  });
});
