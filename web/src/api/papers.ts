/** The printable papers (PDF, opened in a new tab to print); each print is audited by the server. */
export const CASE_PAPERS = ['application_form', 'investigation', 'neighbour_interview', 'review_meeting'] as const;
export type CasePaper = (typeof CASE_PAPERS)[number];

export const paperUrls = {
  casePaper: (id: number, kind: CasePaper) => `/api/v1/applications/${id}/papers/${kind}`,
  consent: (householdId: number) => `/api/v1/households/${householdId}/papers/consent`,
  payroll: (id: number) => `/api/v1/payrolls/${id}/pdf`,
  certificate: (enrolmentId: number) => `/api/v1/enrolments/${enrolmentId}/pdf`,
  roster: (program: 'dibao' | 'tekun', areaCode?: string) => `/api/v1/rosters/pdf?program=${program}${areaCode ? `&areaCode=${areaCode}` : ''}`,
};
