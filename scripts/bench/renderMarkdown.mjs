// The process the CLI's claim detection is compared with: node reads the file and renders it with markdown-it.
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';

const text = readFileSync(process.argv[2], 'utf8');
const html = new MarkdownIt({ html: false, linkify: false, typographer: false }).render(text);
process.stdout.write(html);
