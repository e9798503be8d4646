import { Badge } from '@/components/ui/badge';
import type { FeedbackStatus } from '@/lib/api/types';
import { feedbackStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

/** A feedback's status as a badge: green once answered or published, grey when closed, blue while open. */
export function FeedbackStatusBadge({ status }: { status: FeedbackStatus }) {
  const { t } = useTranslation();
  const tone =
    status === 'Answered' || status === 'Published' ? 'success' : status === 'NotInScope' ? 'neutral' : 'info';
  return <Badge tone={tone}>{feedbackStatusLabel(t, status)}</Badge>;
}
