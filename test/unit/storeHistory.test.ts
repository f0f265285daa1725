import { strict as assert } from 'node:assert';
import { NoteHistory, type NoteChange } from '../../src/extension/noteHistory';

function change(id: string, article = 'a.txt'): NoteChange {
  return { label: `edit ${id}`, storeKey: 'file:///ws/.annotations', article, id, before: undefined, after: undefined };
}

describe('note undo history', () => {
  it('undoes the newest change first and keeps the last 50', () => {
    const history = new NoteHistory();
    for (let i = 0; i < 60; i++) history.record(change(`n${i}`));
    assert.equal(history.pop()?.id, 'n59');
    assert.equal(history.peek()?.id, 'n58');
    let count = 0;
    while (history.pop()) count++;
    assert.equal(count, 49);
  });

  it('follows a renamed article, so undo still finds the note', () => {
    const history = new NoteHistory();
    history.record(change('n1', 'drafts/a.txt'));
    history.record(change('n2', 'other.txt'));
    history.rename('file:///ws/.annotations', 'drafts/a.txt', 'final/a.txt');
    assert.equal(history.pop()?.article, 'other.txt');
    assert.equal(history.pop()?.article, 'final/a.txt');
  });
});
