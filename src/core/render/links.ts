/** The only links the annotator ever offers to open: web pages and mail. Never command:, file:, data: or script. */
const OPENABLE = /^(https?:\/\/[^\s/?#]+|mailto:[^\s])/i;

/**
 * Whether a link from an article or a note may be opened (after the user confirms). Any whitespace or
 * control character rejects it: browsers drop those inside a scheme ("java\tscript:"), so they hide one.
 */
export function isOpenableLink(href: string): boolean {
  if (href.length === 0 || href.length > 2048 || /[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(href)) return false;
  return OPENABLE.test(href);
}
