import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import pino from 'pino';
import { loadConfig } from '../config.ts';
import { closeDeps, createDeps } from '../deps.ts';
import { buildApp } from './app.ts';

/** Where the browser's API types live: generated, committed, checked for staleness by `npm test`. */
export const CONTRACT_FILE = 'web/src/api/schema.gen.ts';

const HEADER = `/**
 * The API contract for the browser, generated from the server's OpenAPI document by
 * \`npm run gen:api\` (openapi-typescript). Do not edit: change the zod schemas in src/modules
 * and generate again; \`test/contract.test.ts\` fails while this file is stale.
 */
/* eslint-disable */
`;

/** The server's OpenAPI document, from the app built over a throwaway in-memory database. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minzheng-openapi-'));
  const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), dataDir, database: { dialect: 'sqlite' as const, file: ':memory:' } };
  const deps = createDeps(config, { log: pino({ level: 'silent' }) });
  try {
    const app = await buildApp(deps, { serveWeb: false });
    await app.ready();
    const doc = app.swagger() as Record<string, unknown>;
    await app.close();
    return doc;
  } finally {
    await closeDeps(deps);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The TypeScript text of the contract (what `CONTRACT_FILE` must hold). */
export async function contractSource(): Promise<string> {
  const doc = await openApiDocument();
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
