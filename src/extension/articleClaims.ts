import { createClaimCache, type Claim, type ClaimCache } from '../core/claims';

/**
 * Claim detection per article, kept between edits (see ClaimCache): after an edit only the changed
 * paragraphs are analysed again. The annotator, the text editor's decorations and the Notes view share it.
 */
export class ArticleClaims {
  /** Most recently used last; a few articles at a time, each holding one version of its text. */
  private readonly caches = new Map<string, ClaimCache>();

  constructor(private readonly limit = 8) {}

  detect(article: string, text: string): Claim[] {
    const cache = this.caches.get(article) ?? createClaimCache();
    this.caches.delete(article);
    this.caches.set(article, cache);
    for (const oldest of this.caches.keys()) {
      if (this.caches.size <= this.limit) break;
      this.caches.delete(oldest);
    }
    return cache.detect(text);
  }

  /** The articles whose claims are kept, least recently used first. */
  get articles(): readonly string[] {
    return [...this.caches.keys()];
  }

  forget(article: string): void {
    this.caches.delete(article);
  }
}

export const articleClaims = new ArticleClaims();
