import { vscode } from './vscodeApi';

/** Links never navigate the webview: activating one asks the host, which opens only web and mail links after asking. */
export function interceptLinks(root: HTMLElement): void {
  const onActivate = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || !root.contains(link)) return;
    event.preventDefault();
    event.stopPropagation();
    const href = link.getAttribute('href');
    if (href) vscode.postMessage({ type: 'openLink', href });
  };
  root.addEventListener('click', onActivate);
  // A middle click would otherwise open the link in a new browser context.
  root.addEventListener('auxclick', onActivate);
}
