import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticle, renderArticleText, type Article } from './article';

export const ARTICLE_SEED = 20261128;
export const NOTES_SEED = 9;

export interface SizedArticle {
  readonly label: string;
  readonly bytes: number;
  readonly article: Article;
  readonly text: string;
  /** The article written to disk, for the CLI and the browser. */
  readonly file: string;
}

export interface Plan {
  readonly quick: boolean;
  readonly sizes: readonly { label: string; bytes: number }[];
  readonly noteCounts: readonly number[];
  /** Notes in the store and export measurements. */
  readonly bulkNotes: number;
  readonly pairs: { readonly min: number; readonly max: number; readonly budgetMs: number };
}

export function makePlan(quick: boolean): Plan {
  const sizes = [
    { label: '100 KB', bytes: 100_000 },
    { label: '1 MB', bytes: 1_000_000 },
    ...(quick ? [] : [{ label: '5 MB', bytes: 5_000_000 }]),
  ];
  return {
    quick,
    sizes,
    noteCounts: quick ? [100, 1_000] : [100, 1_000, 10_000],
    bulkNotes: quick ? 1_000 : 10_000,
    pairs: quick ? { min: 3, max: 9, budgetMs: 1_500 } : { min: 5, max: 21, budgetMs: 4_000 },
  };
}

export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'article-annotator-bench-'));

  article(label: string, bytes: number): SizedArticle {
    const article = generateArticle(bytes, ARTICLE_SEED);
    const text = renderArticleText(article).text;
    const file = join(this.dir, `article-${bytes}.md`);
    writeFileSync(file, text);
    return { label, bytes, article, text, file };
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
