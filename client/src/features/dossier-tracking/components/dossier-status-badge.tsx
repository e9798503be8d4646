import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { DossierStatus } from '@/lib/api/types';
import { dossierStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

const tones: Record<DossierStatus, BadgeTone> = {
  Draft: 'neutral',
  Submitted: 'info',
  Received: 'info',
  NotAccepted: 'neutral',
  Processing: 'info',
  SupplementRequested: 'info',
  AwaitingPayment: 'info',
  Withdrawn: 'neutral',
  Stopped: 'neutral',
  Processed: 'success',
  Returned: 'success',
};

/** A dossier's status as a coloured badge. */
export function DossierStatusBadge({ status }: { status: DossierStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tones[status]}>{dossierStatusLabel(t, status)}</Badge>;
}
