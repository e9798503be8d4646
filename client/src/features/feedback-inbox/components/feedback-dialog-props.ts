import type { FeedbackActionInput } from '@/lib/api/feedback';
import type { Agency, FeedbackDetail } from '@/lib/api/types';

/** What every officer action dialog gets from the actions panel. */
export type FeedbackDialogProps = {
  feedback: FeedbackDetail;
  /** The organisation tree, for routing and transfers. */
  agencies: readonly Agency[];
  isPending: boolean;
  /** The dialog's last failure (a stale-version conflict closes it instead). */
  error: unknown;
  onSubmit: (input: FeedbackActionInput) => void;
  onClose: () => void;
};
