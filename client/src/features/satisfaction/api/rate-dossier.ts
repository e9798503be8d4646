import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { DossierRating, RateDossierRequest } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';
import { isApiError } from '@/lib/problem-details';

import { dossierRatingQueryKey } from './get-dossier-rating';

export async function rateDossier(dossierId: string, body: RateDossierRequest): Promise<DossierRating> {
  return unwrap(await apiClient.POST('/api/dossiers/{id}/rating', { params: { path: { id: dossierId } }, body }));
}

/** The applicant rates their returned dossier, once; the panel then shows the rating given. */
export function useRateDossier(dossierId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RateDossierRequest) => rateDossier(dossierId, body),
    onSuccess: (rating) => {
      queryClient.setQueryData(dossierRatingQueryKey(dossierId), rating);
    },
    onError: (error) => {
      // Rated already (another tab, or the receipt's token): show that rating.
      if (isApiError(error) && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: dossierRatingQueryKey(dossierId) });
    },
  });
}
