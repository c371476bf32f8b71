import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import './global.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Installable and usable offline (issue 19): the shell from the service worker, visit records from the outbox.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
  // The chunks this page loaded before the worker controlled it: the worker keeps them too, so
  // the next start with no connection has them (web/public/sw.js).
  // Named again once it controls the page (what loaded in between); after that it sees every fetch.
  const nameLoadedAssets = () =>
    void navigator.serviceWorker.ready.then((reg) => {
      const urls = performance.getEntriesByType('resource').map((e) => new URL(e.name, location.href));
      const paths = urls.filter((u) => u.origin === location.origin && u.pathname.startsWith('/assets/')).map((u) => u.pathname);
      reg.active?.postMessage({ type: 'cache-assets', paths });
    });
  nameLoadedAssets();
  navigator.serviceWorker.addEventListener('controllerchange', nameLoadedAssets);
}
