import { useMutation } from '@tanstack/react-query';

import type { RegisterRequest, RegisteredAccount } from '@/lib/api/types';
import { apiClient, unwrap } from '@/lib/api-client';

export async function register(body: RegisterRequest): Promise<RegisteredAccount> {
  return unwrap(await apiClient.POST('/api/auth/register', { body }));
}

export const useRegister = () => useMutation({ mutationFn: register });
