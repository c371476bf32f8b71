import { get, post } from '../../api/client.ts';

/** Person status and the household's benefits (一户一档), issue 16. */
export type LifeStatus = 'alive' | 'deceased' | 'moved_away' | 'imprisoned';

export interface StatusEntry {
  id: number;
  personId?: number;
  previousStatus: string;
  status: string;
  date: string;
  until: string | null;
  source: string;
  destination: string | null;
  note: string | null;
  recordedBy: string | null;
  createdAt: string;
}

export interface HouseholdBenefits {
  householdId: number;
  asOf: string;
  enrolments: {
    id: number;
    program: string;
    personId: number | null;
    personName: string | null;
    category: string | null;
    monthlyAmount: number;
    coveredPersons: number;
    startMonth: string;
    endMonth: string | null;
    status: string;
    stopReason: string | null;
    nextReviewDate: string | null;
  }[];
  openCases: { id: number; program: string; state: string; subjectPersonId: number | null; createdAt: string; dueOn: string }[];
  lastPayments: { id: number; payrollId: number; enrolmentId: number; program: string; forMonth: string; paidIn: string; kind: string; amount: number; bankStatus: string; payrollStatus: string }[];
  openDebts: { id: number; enrolmentId: number; program: string; totalAmount: number; outstandingAmount: number; createdAt: string }[];
  statusHistory: (StatusEntry & { personId: number })[];
}

export interface StatusResult {
  personId: number;
  householdId: number;
  status: LifeStatus;
  statusDate: string | null;
  history: StatusEntry[];
  enrolmentChanges: { enrolmentId: number; program: string; kind: 'stop' | 'amount'; effectiveMonth: string; monthlyAmount: number | null; recovery: { id: number; totalAmount: number } | null; debts: { debtId: number; amount: number }[] }[];
  householdClosed: boolean;
}

export const benefitsApi = {
  benefits: (householdId: number) => get<HouseholdBenefits>(`/households/${householdId}/benefits`),
  recordStatus: (personId: number, body: { status: LifeStatus; date: string; source: string; until?: string; destination?: string; note?: string }) =>
    post<StatusResult>(`/persons/${personId}/status`, body),
};
