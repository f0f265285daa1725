const HIDDEN_FOLDERS = new Set(['.annotations', '.git']);

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function uriPath(source: string): string[] {
  const withoutScheme = source.replace(/^[A-Za-z][A-Za-z0-9+.-]*:/, '');
  const withoutAuthority = withoutScheme.startsWith('//') ? withoutScheme.replace(/^\/\/[^/?#]*/, '') : withoutScheme;
  const path = withoutAuthority.replace(/[?#].*$/s, '');
  return path.split('/').map(decodeSegment);
}

function cleanSegments(segments: readonly string[]): string[] {
  const lastUp = segments.lastIndexOf('..');
  return segments.slice(lastUp + 1).filter((s) => s !== '' && s !== '.' && !s.includes('\\') && !s.includes('\0'));
}

function usable(path: string): boolean {
  return path.length > 0 && !path.split('/').some((segment) => HIDDEN_FOLDERS.has(segment));
}

/**
 * The workspace paths an annotation's source may mean, best first: the path under the workspace's own
 * IRI, then the source's trailing path segments, longest first. So a file: IRI from another machine,
 * or a web address whose path ends in the same folder and file name, finds the article here.
 */
export function sourceCandidates(source: string, workspaceIri?: string): string[] {
  const found: string[] = [];
  const add = (path: string): void => {
    if (usable(path) && !found.includes(path)) found.push(path);
  };
  const isUri = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(source) && !/^[A-Za-z]:[\\/]/.test(source);
  if (!isUri) {
    const segments = source.split(/[\\/]/);
    if (!segments.includes('..')) add(cleanSegments(segments).join('/'));
    return found;
  }
  if (workspaceIri) {
    const base = workspaceIri.endsWith('/') ? workspaceIri : `${workspaceIri}/`;
    if (source.startsWith(base)) add(cleanSegments(source.slice(base.length).replace(/[?#].*$/s, '').split('/').map(decodeSegment)).join('/'));
  }
  const segments = cleanSegments(uriPath(source));
  for (let from = 0; from < segments.length; from++) add(segments.slice(from).join('/'));
  return found;
}
