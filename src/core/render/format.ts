export type ArticleFormat = 'markdown' | 'plaintext';

export function articleFormat(path: string): ArticleFormat {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}
