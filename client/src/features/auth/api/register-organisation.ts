import { useMutation } from '@tanstack/react-query';

import type { RegisterOrganisationRequest, RegisteredAccount } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export async function registerOrganisation(body: RegisterOrganisationRequest): Promise<RegisteredAccount> {
  return unwrap(await apiClient.POST('/api/auth/register-organisation', { body }));
}

export const useRegisterOrganisation = () => useMutation({ mutationFn: registerOrganisation });
