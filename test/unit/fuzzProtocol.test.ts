import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseWebviewMessage } from '../../src/protocol/messages';

const TYPES = ['ready', 'openLink', 'addNote', 'updateNote', 'deleteNote', 'reattachNote', 'acceptDrift', 'notice', 'other'];
const offset = fc.oneof(fc.integer({ min: -3, max: 50 }), fc.double(), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY), fc.string());
const content = fc.oneof(
  fc.record({ body: fc.string(), tags: fc.array(fc.string()), verdict: fc.oneof(fc.constant(null), fc.string()), evidence: fc.array(fc.string()) }),
  fc.anything(),
);
const message = fc.oneof(
  fc.anything(),
  fc.record(
    { type: fc.constantFrom(...TYPES), documentUri: fc.oneof(fc.string(), fc.anything()), start: offset, end: offset, id: fc.anything(), base: fc.oneof(fc.string(), fc.anything()), href: fc.anything(), content, message: fc.anything() },
    { requiredKeys: ['type'] },
  ),
);

describe('fuzz: the host checks every message from the webview', () => {
  it('parseWebviewMessage never throws, and passes on only well-formed offsets, ids and contents', () => {
    fc.assert(
      fc.property(message, (raw) => {
        const parsed = parseWebviewMessage(raw);
        if (!parsed) return;
        if (parsed.type === 'addNote' || parsed.type === 'reattachNote') {
          assert.ok(Number.isSafeInteger(parsed.start) && parsed.start >= 0, `start ${parsed.start}`);
          assert.ok(Number.isSafeInteger(parsed.end) && parsed.end > parsed.start, `end ${parsed.end}`);
        }
        if (parsed.type === 'addNote' || parsed.type === 'updateNote') {
          assert.equal(typeof parsed.content.body, 'string');
          assert.ok(parsed.content.tags.every((t) => typeof t === 'string'));
        }
        if (parsed.type === 'updateNote' || parsed.type === 'deleteNote') assert.equal(typeof parsed.base, 'string');
        if (parsed.type === 'openLink') assert.equal(typeof parsed.href, 'string');
        if (parsed.type !== 'ready' && parsed.type !== 'openLink') assert.equal(typeof parsed.documentUri, 'string');
      }),
      { numRuns: 2000 },
    );
  });
});
