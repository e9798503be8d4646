import type { DossierAction, DossierDetail, DossierForm } from '@/lib/api/types';

/** The action whose history entry issues each form (the control slip starts with the receipt). */
const issuedBy: Record<DossierForm, DossierAction> = {
  Receipt: 'Receive',
  SupplementRequest: 'RequestSupplement',
  Refusal: 'Refuse',
  Apology: 'IssueApology',
  StopNotice: 'Stop',
  ControlSlip: 'Receive',
};

export const formOrder: readonly DossierForm[] = [
  'Receipt',
  'SupplementRequest',
  'Refusal',
  'Apology',
  'StopNotice',
  'ControlSlip',
];

/** The forms the dossier's history says were issued, in the circular's order. */
export function issuedForms(dossier: Pick<DossierDetail, 'history'>): DossierForm[] {
  const actions = new Set(dossier.history.map((entry) => entry.action));
  return formOrder.filter((form) => actions.has(issuedBy[form]));
}
