import { queryOptions, useQuery } from '@tanstack/react-query';

import type { DossierRating } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';
import { isApiError } from '@/lib/problem-details';

export const dossierRatingQueryKey = (dossierId: string) => ['ratings', 'dossier', dossierId] as const;

/** The dossier's rating, or null while it has none (the API answers 404). */
export async function getDossierRating(dossierId: string, signal?: AbortSignal): Promise<DossierRating | null> {
  try {
    return unwrap(await apiClient.GET('/api/dossiers/{id}/rating', { params: { path: { id: dossierId } }, signal }));
  } catch (error) {
    if (isApiError(error) && error.isNotFound) return null;
    throw error;
  }
}

export const getDossierRatingQueryOptions = (dossierId: string) =>
  queryOptions({
    queryKey: dossierRatingQueryKey(dossierId),
    queryFn: ({ signal }) => getDossierRating(dossierId, signal),
  });

export const useDossierRating = (dossierId: string) => useQuery(getDossierRatingQueryOptions(dossierId));
