import * as assert from 'node:assert/strict';
import { isOpenableLink } from '../../src/core/render/links';

describe('Which links may be opened (isOpenableLink)', () => {
  it('accepts web pages and mail addresses', () => {
    for (const href of ['https://example.org/a?b=1#c', 'http://example.org', 'HTTPS://EXAMPLE.ORG/', 'mailto:desk@example.org']) {
      assert.equal(isOpenableLink(href), true, href);
    }
  });

  it('refuses every other scheme, relative links and hidden schemes', () => {
    const refused = [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'javascript\n:alert(1)',
      'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'command:workbench.action.terminal.new',
      'vscode://settings/x', 'vscode-resource:/etc/passwd', 'ftp://example.org', 'other.md', '/etc/passwd', '#top', '//evil.example/x',
      'https:evil.example', 'https://', 'http:// example.org', 'https://example.org/\u2028x', 'mailto:', '', `https://example.org/${'a'.repeat(2100)}`,
    ];
    for (const href of refused) assert.equal(isOpenableLink(href), false, JSON.stringify(href));
  });
});
