// The parse worker's entry point. Node 20 does not load TypeScript by itself and a worker does
// not share its parent's module loader (vitest's in particular), so the worker loads its
// module through tsx's scoped loader: the same under `npm start`, the CLI and the tests.
import { tsImport } from 'tsx/esm/api';

await tsImport('./import-parse-worker.ts', import.meta.url);
