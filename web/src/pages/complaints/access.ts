import type { Role } from '../../api/types.ts';

/**
 * Who does what with complaints (mirrors src/domain/complaints/complaint.ts): the county, street
 * and community handle them, the auditor (纪检监察) reads them, the admin and the county set the
 * complaint channels shown to the public.
 */
export function complaintAccess(role: Role) {
  const handle = role === 'county_approver' || role === 'street_reviewer' || role === 'community_worker';
  return { read: handle || role === 'auditor', handle, editChannels: role === 'admin' || role === 'county_approver' };
}
