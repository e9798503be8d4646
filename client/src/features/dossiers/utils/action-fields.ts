import type { DeliveryMethod, DossierAction, DossierDetail, ResultDecision } from '@/lib/api/types';

import type { AnyActionBody } from '../api/perform-action';

export type ActionFieldName =
  | 'note'
  | 'reasons'
  | 'reason'
  | 'request'
  | 'assigneeId'
  | 'agencyId'
  | 'workingDays'
  | 'subDossierId'
  | 'answer'
  | 'amount'
  | 'newAppointment'
  | 'decision'
  | 'deliveryMethod';

export type ActionField = { name: ActionFieldName; required?: boolean };

const note: ActionField = { name: 'note' };

/** The fields each action's dialog asks for (officers are not chosen here: the process names them). */
export const actionFields: Record<DossierAction, readonly ActionField[]> = {
  Submit: [],
  Receive: [note],
  Refuse: [{ name: 'reasons', required: true }],
  RequestSupplement: [{ name: 'request', required: true }],
  ProvideSupplement: [note],
  StartProcessing: [note],
  Assign: [{ name: 'assigneeId', required: true }, note],
  Forward: [note],
  SendBack: [{ name: 'note', required: true }],
  Transfer: [
    { name: 'agencyId', required: true },
    { name: 'workingDays', required: true },
    { name: 'request', required: true },
  ],
  CompleteTransfer: [
    { name: 'subDossierId', required: true },
    { name: 'answer', required: true },
  ],
  RequestPayment: [{ name: 'amount' }, note],
  ConfirmPayment: [note],
  IssueApology: [
    { name: 'newAppointment', required: true },
    { name: 'reason', required: true },
  ],
  Approve: [{ name: 'decision', required: true }, note],
  Stop: [{ name: 'reasons', required: true }],
  Withdraw: [{ name: 'reason' }],
  ReturnResult: [{ name: 'deliveryMethod', required: true }, note],
};

export type ActionValues = Record<ActionFieldName, string>;

/** The dialog's starting values: the case fee for a payment request, the usual decision and delivery. */
export function initialValues(dossier: DossierDetail): ActionValues {
  const openSub = dossier.subDossiers.find((sub) => !sub.completedAt);
  return {
    note: '',
    reasons: '',
    reason: '',
    request: '',
    assigneeId: '',
    agencyId: '',
    workingDays: '',
    subDossierId: openSub?.id ?? '',
    answer: '',
    amount: String(dossier.fee),
    newAppointment: '',
    decision: 'Approved' satisfies ResultDecision,
    deliveryMethod: (dossier.channel === 'Online' ? 'Online' : 'Counter') satisfies DeliveryMethod,
  };
}

const toNumber = (value: string): number | undefined => {
  const number = Number(value.replace(',', '.'));
  return value.trim() === '' || Number.isNaN(number) ? undefined : number;
};

/** A datetime-local value (the browser's time zone) → an ISO instant. */
const toInstant = (value: string): string | undefined => {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

/**
 * The body of an action from the dialog's values: the dossier's version, the fields the action takes
 * (empty optional ones left out) and the uploaded result document for an approval.
 */
export function buildActionBody(
  action: DossierAction,
  values: ActionValues,
  version: number,
  resultDocumentId?: string,
): AnyActionBody {
  const body: Record<string, unknown> = { version };
  for (const { name } of actionFields[action]) {
    const raw = values[name].trim();
    if (raw === '') continue;
    if (name === 'workingDays' || name === 'amount') body[name] = toNumber(raw);
    else if (name === 'newAppointment') body[name] = toInstant(raw);
    else body[name] = raw;
  }
  if (action === 'Approve' && values.decision === 'Approved' && resultDocumentId)
    body.resultDocumentId = resultDocumentId;
  return body as AnyActionBody;
}
