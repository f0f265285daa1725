import { vscode } from './vscodeApi';

/** Links never navigate the webview: activating one asks the host, which opens only web and mail links after asking. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || !root.contains(link)) return;
    event.preventDefault();
    const href = link.getAttribute('href');
    if (href) vscode.postMessage({ type: 'openLink', href });
  });
}
