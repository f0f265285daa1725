import * as assert from 'node:assert/strict';
import { DEFAULT_MAX_ARTICLE_LENGTH, largeArticleDocument, maxArticleLength } from '../../src/extension/largeArticle';

describe('An article above the size limit in VS Code', () => {
  it('takes the limit from the setting, or the default for anything that is not a positive number', () => {
    assert.equal(maxArticleLength(50_000), 50_000);
    for (const setting of [undefined, null, '5', 0, -1, Number.NaN, Number.POSITIVE_INFINITY]) assert.equal(maxArticleLength(setting), DEFAULT_MAX_ARTICLE_LENGTH);
  });

  it('opens as a notice page that holds no script and loads nothing, with the file name shown as text', () => {
    const html = largeArticleDocument('Article too large', 'big <script>alert(1)</script>.txt has 52,432,150 characters');
    assert.doesNotMatch(html, /<script/i);
    assert.match(html, /content="default-src 'none'; style-src 'unsafe-inline'"/);
    assert.ok(html.includes('big &#60;script&#62;alert(1)&#60;/script&#62;.txt has 52,432,150 characters'));
  });
});
