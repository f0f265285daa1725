/*
 * Checks of the value formats the W3C Web Annotation model requires (an absolute IRI, an xsd:dateTime),
 * so an export never writes a value a W3C validator rejects. Deliberately strict: what fails here is
 * exported in a form that needs no IRI (e.g. evidence as text) rather than as an invalid IRI.
 */

const PCT = '%[0-9A-Fa-f]{2}';
const UNRESERVED = "A-Za-z0-9\\-._~";
const SUB_DELIMS = "!$&'()*+,;=";
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const REG_NAME = `(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*`;
const USERINFO = `(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*`;
const AUTHORITY = `(?:${USERINFO}@)?${REG_NAME}(?::[0-9]*)?`;
const PATH_AFTER_AUTHORITY = `(?:/${PCHAR}*)*`;
const PATH_WITHOUT_AUTHORITY = `(?:/?${PCHAR}+(?:/${PCHAR}*)*|/)`;
const QUERY_OR_FRAGMENT = `(?:${PCHAR}|[/?])*`;

const ABSOLUTE_URI = new RegExp(
  `^[A-Za-z][A-Za-z0-9+.\\-]*:` +
    `(?://${AUTHORITY}${PATH_AFTER_AUTHORITY}|(?!//)${PATH_WITHOUT_AUTHORITY})` +
    `(?:\\?${QUERY_OR_FRAGMENT})?(?:#${QUERY_OR_FRAGMENT})?$`,
);

/** An absolute URI per RFC 3986 (IP-literal hosts excepted), the form W3C `id`, `source` and links take. */
export function isAbsoluteUri(value: string): boolean {
  return ABSOLUTE_URI.test(value);
}

const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/** An RFC 3339 date-time with a time zone, as W3C created/modified must be. */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(match[1]);
  const day = Number(match[2]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** A workspace path as IRI path segments: every character outside the unreserved set is percent-encoded. */
export function encodePathSegments(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}
