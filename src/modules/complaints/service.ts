/**
 * 举报投诉、信访 (issue 17 point 1): the module's entry for its routes and for other modules.
 * - public.ts      the form on the open-government page and the tracking code (no login)
 * - register.ts    staff registration, notice objections joining the register
 * - views.ts       the list and one complaint
 * - lifecycle.ts   assign, investigate, subject, conclude, corrective actions, reply
 * - channels.ts    the per-area complaint channels
 * - statistics.ts  counts for the monthly report and the dashboard
 */
export { COMPLAINT_FORM_CSS, COMPLAINT_FORM_SCRIPT, complaintFormHtml, publicComplaintStatus, submitPublicComplaint } from './public.ts';
export { noteObjectionResolved, registerComplaint, registerObjectionComplaint } from './register.ts';
export { getComplaint, listComplaints } from './views.ts';
export { addCorrectiveAction, addInvestigation, assignComplaint, complaintAssignees, complaintSubjectStaff, concludeComplaint, replyToComplaint, setComplaintSubject } from './lifecycle.ts';
export { complaintChannelsFor, DEFAULT_COMPLAINT_CHANNELS, getComplaintChannels, seedComplaintChannels, setComplaintChannels } from './channels.ts';
export { complaintStats, getComplaintStats, type ComplaintStats } from './statistics.ts';
