// What child-welfare answers to the child screens. The ledger is typed by the generated client;
// the per-child reads that the service declares without a schema are described here as its
// services return them (apps/child-welfare/src: help.service, reassessments.service,
// allowances.service, visits.controller). Types only.
import type { components } from '../../api/generated/child-welfare';

type S = components['schemas'];

export type LedgerPage = S['LedgerPageView'];
export type LedgerItem = S['LedgerItem'];
export type RiskTier = LedgerItem['riskTier'];
export type ChildCategory = LedgerItem['categories'][number];
export type RecordVisitDto = S['RecordVisitDto'];

/** GET /api/v1/children/:id: 一人一档's ChildFile without its per-child reads, the guardians' situations spelled out. */
export type ChildRecord = Omit<S['ChildFile'], 'guardians' | 'carer' | 'allowance' | 'helpNeeds' | 'pairings' | 'reassessments'> & {
  carer: { name: string; relation: string };
  guardians: Guardian[];
};

export interface Guardian {
  residentId: string;
  name: string;
  relation: 'FATHER' | 'MOTHER' | 'GUARDIAN';
  deceasedOn: string | null;
  missingSince: string | null;
  jailedSince: string | null;
  sentenceMonths?: number | null;
  severelyDisabled: boolean;
  seriouslyIll: boolean;
  awayForWork: boolean;
  guardianshipRevoked: boolean;
}

/** POST /api/v1/children/:id/visits answers the visit with the child's tier and due date after it. */
export interface RecordedVisit {
  id: string;
  visitedOn: string;
  tierAfter: RiskTier;
  riskTier: RiskTier;
  nextVisitDue: string;
}

export interface HelpNeed {
  id: string;
  kind: string;
  description: string;
  raisedOn: string;
  status: 'OPEN' | 'CLOSED';
  closedOn: string | null;
  resolution: string | null;
}

export interface Pairing {
  id: string;
  cadreName: string;
  cadrePhone: string;
  startedOn: string;
  endedOn: string | null;
  visits: Array<{ id: string; visitedOn: string; notes: string }>;
}

export interface Reassessment {
  id: string;
  cause: string;
  openedOn: string;
  status: 'OPEN' | 'CLOSED';
  closedOn: string | null;
  findings: string | null;
}

/** GET /api/v1/visits/overdue: a page of the township's children whose visit is overdue. */
export type OverdueChild = S['OverdueChildView'];
export type OverduePage = S['OverdueChildViewPage'];
/** GET /api/v1/children/:id/visits and /history: the child's visits, and category and tier changes. */
export type VisitPage = S['VisitViewPage'];
export type VisitRow = S['VisitView'];
export type HistoryPage = S['ChildHistoryEntryViewPage'];
export type HistoryEntry = S['ChildHistoryEntryView'];
/** GET /api/v1/children/:id/adoption-assessments; POST bodies of 收养评估 and 收养登记. */
export type AssessmentPage = S['AdoptionAssessmentViewPage'];
export type AssessmentRow = S['AdoptionAssessmentView'];
export type RecordAssessmentDto = S['RecordAssessmentDto'];
export type RegisterAdoptionDto = S['RegisterAdoptionDto'];
