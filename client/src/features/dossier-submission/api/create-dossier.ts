import { useMutation } from '@tanstack/react-query';

import type { CreateDossierRequest, DossierDetail } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export type CreateDossierInput = {
  body: CreateDossierRequest;
  /** One key per user intent, reused when the same request is retried. */
  idempotencyKey: string;
};

export async function createDossier({ body, idempotencyKey }: CreateDossierInput): Promise<DossierDetail> {
  return unwrap(
    await apiClient.POST('/api/dossiers', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }),
  );
}

/** Creates a dossier (a draft unless `submit` is set). */
export const useCreateDossier = () => useMutation({ mutationFn: createDossier });
