import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Claim } from '../../src/core/claims/types';
import type { NoteView } from '../../src/core/store/notes';
import { stackCards } from '../../src/webview/margin';
import { changedText } from '../../src/webview/textDiff';
import { isClaimShown, NO_FILTER, notesOnClaim, reviewedClaimIds, splitList, stepClaim, tagCompletions } from '../../src/webview/review';

function claim(id: string, start: number, end: number, extra: Partial<Claim> = {}): Claim {
  return { id, start, end, text: 'x'.repeat(end - start), kind: 'statistic', score: 0.5, source: null, cues: [], ...extra };
}

function note(start: number | null, end: number | null, verdict: string | null, status: NoteView['status'] = 'anchored'): NoteView {
  return { id: `n${start}`, status, start, end, quote: '', currentText: null, body: '', tags: [], verdict, evidence: [], creator: 'a', created: '', modified: '' };
}

describe('webview triage logic', () => {
  const claims = [claim('a', 0, 10), claim('b', 20, 30, { kind: 'quote', source: { start: 31, end: 35, text: 'Xinhua' } }), claim('c', 40, 50)];

  it('counts a claim reviewed only when a note with a verdict overlaps it', () => {
    const reviewed = reviewedClaimIds(claims, [note(5, 12, 'verified'), note(22, 25, null), note(38, 40, 'false'), note(null, null, 'false', 'orphaned')]);
    assert.deepEqual([...reviewed], ['a']);
  });

  it('a drifted note still counts on the text it now sits on; an orphaned one counts nowhere', () => {
    assert.deepEqual([...reviewedClaimIds(claims, [note(41, 45, 'misleading', 'drifted')])], ['c']);
    assert.deepEqual(notesOnClaim(claims[0] as Claim, [note(0, 10, 'x', 'orphaned')]), []);
  });

  it('filters by kind, by "unsourced only" and by "unreviewed only"', () => {
    const reviewed = new Set(['a']);
    const shown = (filter: typeof NO_FILTER): string[] => claims.filter((c) => isClaimShown(c, filter, reviewed)).map((c) => c.id);
    assert.deepEqual(shown(NO_FILTER), ['a', 'b', 'c']);
    assert.deepEqual(shown({ ...NO_FILTER, hiddenKinds: new Set(['quote']) }), ['a', 'c']);
    assert.deepEqual(shown({ ...NO_FILTER, unsourcedOnly: true }), ['a', 'c']);
    assert.deepEqual(shown({ ...NO_FILTER, unreviewedOnly: true }), ['b', 'c']);
  });

  it('steps to the next and previous accepted claim and wraps around', () => {
    const all = (): boolean => true;
    assert.equal(stepClaim(claims, undefined, 1, all)?.id, 'a');
    assert.equal(stepClaim(claims, undefined, -1, all)?.id, 'c');
    assert.equal(stepClaim(claims, 0, 1, all)?.id, 'b');
    assert.equal(stepClaim(claims, 40, 1, all)?.id, 'a');
    assert.equal(stepClaim(claims, 0, -1, all)?.id, 'c');
    assert.equal(stepClaim(claims, 20, 1, (c) => c.id !== 'c')?.id, 'a');
    assert.equal(stepClaim(claims, 20, 1, () => false), undefined);
  });

  it('stepping forward from any claim visits every claim once before coming back', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }), (starts) => {
        const list = starts.map((s) => claim(`c${s}`, s, s + 1));
        const seen = new Set<string>();
        let at: number | undefined;
        for (let i = 0; i < list.length; i++) {
          const next = stepClaim(list, at, 1, () => true);
          assert.ok(next);
          seen.add(next.id);
          at = next.start;
        }
        assert.equal(seen.size, list.length);
      }),
    );
  });

  it('completes the tag being typed after the last comma, from tags already used, without repeating one', () => {
    const known = ['statistics', 'Stats office', 'trade', 'transport'];
    assert.deepEqual(tagCompletions('', known), known);
    assert.deepEqual(tagCompletions('tr', known), ['trade', 'transport']);
    assert.deepEqual(tagCompletions('trade, st', known), ['trade, statistics', 'trade, Stats office']);
    assert.deepEqual(tagCompletions('trade,t', known), ['trade, transport']);
    assert.deepEqual(splitList('trade, ,statistics\nhttps://a.example'), ['trade', 'statistics', 'https://a.example']);
  });

  it('stacks margin cards as near their text as possible, never overlapping', () => {
    assert.deepEqual(stackCards([0, 10, 200], [50, 50, 50], 8), [0, 58, 200]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2000), fc.integer({ min: 1, max: 300 })), { maxLength: 40 }), (cards) => {
        const sorted = [...cards].sort((a, b) => a[0] - b[0]);
        const tops = stackCards(sorted.map((c) => c[0]), sorted.map((c) => c[1]), 8);
        tops.forEach((top, i) => {
          assert.ok(top >= (sorted[i] as [number, number])[0], 'never above its text');
          if (i > 0) assert.ok(top >= (tops[i - 1] as number) + (sorted[i - 1] as [number, number])[1] + 8, 'never over the card above');
        });
      }),
    );
  });

  it('shows what changed in a drifted quote as whole words, the rest as it was', () => {
    assert.deepEqual(changedText('trade surged 18.9 percent to $17.67 billion', 'trade surged 19.4 percent to $17.67 billion'), {
      before: 'trade surged ',
      removed: '18.9',
      added: '19.4',
      after: ' percent to $17.67 billion',
    });
    const same = changedText('a b c', 'a b c');
    assert.equal(same.removed + same.added, '');
    fc.assert(
      fc.property(fc.string(), fc.string(), (was, now) => {
        const c = changedText(was, now);
        assert.equal(c.before + c.removed + c.after, was);
        assert.equal(c.before + c.added + c.after, now);
      }),
    );
  });
});
