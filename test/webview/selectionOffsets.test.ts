import * as assert from 'node:assert/strict';
import { articleMessage } from './fixtures';
import { closeBrowser, openWebview, saveNoteOnSelection, selectInArticle } from './page';

// Entities and escapes render shorter than their source: text after them must still map to its own place.
const ARTICLE = [
  'Unemployment fell to 4.5 percent in 2020, the ministry said.',
  'AT&amp;T reported that sales rose 12 percent last year.',
  '',
  'Prices &mdash; of food in particular &mdash; climbed 7 percent.',
  '',
  'Exports \\*and\\* imports both grew 3 percent in March.',
  '',
].join('\n');

async function noteRangeFor(quote: string): Promise<{ start: unknown; end: unknown }> {
  const view = await openWebview();
  await view.send(articleMessage(ARTICLE, [], { format: 'markdown', path: 'report.md' }));
  await selectInArticle(view.page, quote);
  return saveNoteOnSelection(view);
}

describe('Webview in Chromium: selections map to their source offsets around entities and escapes', function () {
  this.timeout(60_000);
  after(closeBrowser);

  for (const quote of ['sales rose 12 percent', 'of food in particular', 'climbed 7 percent', 'imports both grew 3 percent']) {
    it(`saves a note on “${quote}” exactly where it is in the file`, async () => {
      const start = ARTICLE.indexOf(quote);
      assert.deepEqual(await noteRangeFor(quote), { start, end: start + quote.length });
    });
  }
});
