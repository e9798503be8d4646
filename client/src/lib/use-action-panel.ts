import { useState } from 'react';

/** What an actions panel needs of its mutation (TanStack Query's useMutation result fits). */
type ActionMutation<I> = {
  error: unknown;
  reset: () => void;
  mutate: (input: I, options: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
};

/**
 * The state of a panel of actions that each open a dialog: which dialog is open, which action was just done, and
 * whether the last attempt met a stale version (the panel then closes the dialog and says so).
 */
export function useActionPanel<A extends string, I extends { action: A }>(
  mutation: ActionMutation<I>,
  isStale: (error: unknown) => boolean,
) {
  const [open, setOpen] = useState<A | null>(null);
  const [done, setDone] = useState<A | null>(null);
  const stale = isStale(mutation.error);
  return {
    open,
    done,
    stale,
    /** The error of the open dialog; a stale-version conflict is the panel's to show. */
    dialogError: stale ? null : mutation.error,
    openDialog: (action: A) => {
      mutation.reset();
      setDone(null);
      setOpen(action);
    },
    close: () => {
      setOpen(null);
    },
    submit: (input: I) => {
      mutation.mutate(input, {
        onSuccess: () => {
          setOpen(null);
          setDone(input.action);
        },
        onError: (error) => {
          if (isStale(error)) setOpen(null);
        },
      });
    },
  };
}
