import { queryOptions, useQuery } from '@tanstack/react-query';

import type { RatingInvitation } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export const ratingInvitationQueryKey = (code: string, token: string) =>
  ['ratings', 'invitation', code, token] as const;

export async function getRatingInvitation(
  code: string,
  token: string,
  signal?: AbortSignal,
): Promise<RatingInvitation> {
  return unwrap(await apiClient.GET('/api/ratings/invitation', { params: { query: { code, token } }, signal }));
}

export const getRatingInvitationQueryOptions = (code: string, token: string) =>
  queryOptions({
    queryKey: ratingInvitationQueryKey(code, token),
    queryFn: ({ signal }) => getRatingInvitation(code, token, signal),
  });

/** What the receipt's code and token open: the dossier (no personal data) and whether it can be rated. */
export const useRatingInvitation = (code: string, token: string) =>
  useQuery({ ...getRatingInvitationQueryOptions(code, token), enabled: code !== '' && token !== '' });
