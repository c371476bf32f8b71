import { householdImportJob } from '../registry/service.ts';
import { riskCheckJob } from '../risk/service.ts';
import { matchingRunJob, sourceImportJob } from '../verification/service.ts';
import { discoveryRunJob } from '../discovery/service.ts';
import type { JobHandler } from './handler.ts';
import { JOB_KINDS, type JobKind } from './schema.ts';

/** The handler of each kind (payroll, matching and exports join here as they become jobs). */
export function jobHandlerFor(kind: string): JobHandler | undefined {
  switch (kind as JobKind) {
    case 'household_import':
      return householdImportJob as JobHandler;
    case 'risk_check':
      return riskCheckJob as JobHandler;
    case 'matching_run':
      return matchingRunJob as JobHandler;
    case 'source_import':
      return sourceImportJob as JobHandler;
    case 'discovery_run':
      return discoveryRunJob as JobHandler;
    default:
      return undefined;
  }
}

export const handledKinds: readonly string[] = JOB_KINDS;
