import * as assert from 'node:assert/strict';
import type { NoteView } from '../../src/core/store/notes';
import { filterValues, matchesFilter } from '../../src/extension/noteFilter';

function note(id: string, extra: Partial<NoteView>): NoteView {
  return { id, status: 'anchored', start: 0, end: 1, quote: 'q', currentText: 'q', body: '', tags: [], verdict: null, evidence: [], creator: 'Ana', created: '', modified: '', ...extra };
}

describe('Notes view filter', () => {
  const notes = [
    note('a', { verdict: 'verified', tags: ['trade', 'statistics'] }),
    note('b', { verdict: 'misleading', creator: 'Bo', status: 'drifted' }),
    note('c', { tags: ['trade'], status: 'orphaned', start: null, end: null }),
  ];
  const ids = (keep: (n: NoteView) => boolean): string[] => notes.filter(keep).map((n) => n.id);

  it('keeps the notes with the chosen verdict, tag, author or status', () => {
    assert.deepEqual(ids((n) => matchesFilter(n, { field: 'verdict', value: 'verified' })), ['a']);
    assert.deepEqual(ids((n) => matchesFilter(n, { field: 'verdict', value: '' })), ['c'], 'the empty value is "no verdict"');
    assert.deepEqual(ids((n) => matchesFilter(n, { field: 'tag', value: 'trade' })), ['a', 'c']);
    assert.deepEqual(ids((n) => matchesFilter(n, { field: 'author', value: 'Bo' })), ['b']);
    assert.deepEqual(ids((n) => matchesFilter(n, { field: 'status', value: 'orphaned' })), ['c']);
    assert.deepEqual(ids((n) => matchesFilter(n, undefined)), ['a', 'b', 'c']);
  });

  it('offers each value the notes use once, sorted', () => {
    assert.deepEqual(filterValues(notes, 'tag'), ['statistics', 'trade']);
    assert.deepEqual(filterValues(notes, 'verdict'), ['', 'misleading', 'verified']);
    assert.deepEqual(filterValues(notes, 'author'), ['Ana', 'Bo']);
    assert.deepEqual(filterValues(notes, 'status'), ['anchored', 'drifted', 'orphaned']);
  });
});
