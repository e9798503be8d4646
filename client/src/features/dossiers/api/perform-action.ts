import { useMutation, useQueryClient } from '@tanstack/react-query';

import { dossierQueryKey } from '@/lib/api/dossier';
import type { ApiPaths, DossierAction, DossierDetail } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';
import { conflictCurrent } from '@/lib/problem-details';

/** The route segment of each action: POST /api/dossiers/{id}/{segment}. */
export const actionSegments = {
  Submit: 'submit',
  Receive: 'receive',
  Refuse: 'refuse',
  RequestSupplement: 'request-supplement',
  ProvideSupplement: 'provide-supplement',
  StartProcessing: 'start-processing',
  Assign: 'assign',
  Forward: 'forward',
  SendBack: 'send-back',
  Transfer: 'transfer',
  CompleteTransfer: 'complete-transfer',
  RequestPayment: 'request-payment',
  ConfirmPayment: 'confirm-payment',
  IssueApology: 'issue-apology',
  Approve: 'approve',
  Stop: 'stop',
  Withdraw: 'withdraw',
  ReturnResult: 'return-result',
} as const satisfies Record<DossierAction, string>;

type ActionPath<A extends DossierAction> = `/api/dossiers/{id}/${(typeof actionSegments)[A]}`;

/** The JSON body of each action, as the OpenAPI document defines it. */
export type ActionBody<A extends DossierAction> =
  ApiPaths[ActionPath<A>]['post']['requestBody']['content']['application/json'];

/** Any action's body: what the action dialog builds. */
export type AnyActionBody = { [A in DossierAction]: ActionBody<A> }[DossierAction];

export type PerformActionInput = {
  action: DossierAction;
  body: AnyActionBody;
  /** One per user intent; the same key on a retry of that intent. */
  idempotencyKey: string;
};

export async function performAction(dossierId: string, input: PerformActionInput): Promise<DossierDetail> {
  // Every action route has the same shape (id in the path, Idempotency-Key header, DossierDetailDto back);
  // one of them stands for all to satisfy the typed client.
  const path = `/api/dossiers/{id}/${actionSegments[input.action]}` as ActionPath<'Receive'>;
  return unwrap(
    await apiClient.POST(path, {
      params: { path: { id: dossierId }, header: { 'Idempotency-Key': input.idempotencyKey } },
      body: input.body,
    }),
  );
}

/** The dossier's current state carried by a "changed by someone else" 409, if the error is one. */
export const staleDossierOf = (error: unknown): DossierDetail | undefined =>
  conflictCurrent(error) as DossierDetail | undefined;

/**
 * Runs an action on the dossier. On success the cached dossier becomes the answer; on a stale-version 409
 * it becomes the current state the server sent, so the page shows what changed.
 */
export function useDossierAction(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PerformActionInput) => performAction(dossierId, input),
    onSuccess: (dossier) => {
      queryClient.setQueryData(dossierQueryKey(dossierId), dossier);
      void queryClient.invalidateQueries({ queryKey: ['dossiers'], exact: false, refetchType: 'none' });
    },
    onError: (error) => {
      const current = staleDossierOf(error);
      if (current) queryClient.setQueryData(dossierQueryKey(dossierId), current);
    },
  });
}
