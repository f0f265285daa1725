import type { ArticleMessage, PackedArticleMessage } from './messages';

/**
 * The article message as UTF-8 JSON in one buffer. On its way to the webview the workbench serialises and parses
 * a message's objects again at every hop, on its own thread, but hands a buffer on as it is: a 1 MB article's
 * message (5 MB of text, claims and rendered blocks) took 530-890 ms to arrive as objects.
 */
export function packArticle(message: ArticleMessage): PackedArticleMessage {
  return { type: 'articlePacked', documentUri: message.documentUri, version: message.version, bytes: new TextEncoder().encode(JSON.stringify(message)) };
}

/** The article message a packed one holds; null when its bytes are not that article's message. */
export function unpackArticle(packed: PackedArticleMessage): ArticleMessage | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(packed.bytes));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const message = parsed as Partial<ArticleMessage>;
  if (message.type !== 'article' || message.documentUri !== packed.documentUri || message.version !== packed.version || typeof message.text !== 'string') return null;
  return message as ArticleMessage;
}
