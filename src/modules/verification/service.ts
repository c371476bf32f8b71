/**
 * 核对 (issue 18): what other modules and the CLI use of the verification module — the
 * matching job for the job runner, the run for the CLI.
 */
export { matchingRunJob, createMatchingRun, checkMatchingRunRequest, getMatchingRun } from './matching.ts';
export { importSourceFile, sourceImportJob } from './sources-service.ts';
export { alertStats, mayReadAlerts } from './alerts.ts';
