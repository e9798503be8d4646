import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CreatedOfficer, CreateOfficerRequest } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

import { officersQueryKey } from './get-officers';

export async function createOfficer(body: CreateOfficerRequest): Promise<CreatedOfficer> {
  return unwrap(await apiClient.POST('/api/officers', { body }));
}

/** Creates an officer account; the officer lists are reloaded afterwards. */
export function useCreateOfficer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOfficer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officersQueryKey }),
  });
}
