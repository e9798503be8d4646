import { useMutation } from '@tanstack/react-query';

import type { DossierRating, RateDossierWithTokenRequest } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export async function rateDossierWithToken(body: RateDossierWithTokenRequest): Promise<DossierRating> {
  return unwrap(await apiClient.POST('/api/ratings', { body }));
}

/** A walk-in applicant rates the returned dossier with the code and the one-time token of the receipt. */
export const useRateDossierWithToken = () => useMutation({ mutationFn: rateDossierWithToken });
