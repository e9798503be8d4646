import { useMutation, useQueryClient } from '@tanstack/react-query';

import { dossierQueryKey } from '@/lib/api/dossier';
import type { DossierDetail } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export type SubmitDossierInput = {
  id: string;
  /** The draft's current version. */
  version: number;
  idempotencyKey: string;
};

export async function submitDossier({ id, version, idempotencyKey }: SubmitDossierInput): Promise<DossierDetail> {
  return unwrap(
    await apiClient.POST('/api/dossiers/{id}/submit', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { version },
    }),
  );
}

/** Submits a complete draft; the dossier gets its code. */
export function useSubmitDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitDossier,
    onSuccess: (dossier) => {
      queryClient.setQueryData(dossierQueryKey(dossier.id), dossier);
      return queryClient.invalidateQueries({ queryKey: ['dossiers', 'mine'] });
    },
  });
}
