import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';

import { officersQueryKey } from './get-officers';

export type ChangeOfficerRolesInput = { officerId: string; roles: string[] };

/** Replaces the officer's roles (204; a failure throws an ApiError with the problem details). */
export async function changeOfficerRoles({ officerId, roles }: ChangeOfficerRolesInput): Promise<void> {
  await apiClient.PUT('/api/officers/{id}/roles', {
    params: { path: { id: officerId } },
    body: { officerId, roles },
  });
}

/** Replaces an officer's roles; the officer lists are reloaded afterwards. */
export function useChangeOfficerRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeOfficerRoles,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officersQueryKey }),
  });
}
