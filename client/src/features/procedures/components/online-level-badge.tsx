import type { BadgeTone } from '@/components/ui/badge';
import { Badge } from '@/components/ui/badge';
import type { OnlineServiceLevel } from '@/lib/api/types';
import { onlineLevelLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

const tones: Record<OnlineServiceLevel, BadgeTone> = {
  FullOnline: 'success',
  PartialOnline: 'info',
  None: 'neutral',
};

type OnlineLevelBadgeProps = {
  level: OnlineServiceLevel;
  /** Prefixes a visually hidden "Online service level:" for screen readers. */
  withHiddenLabel?: boolean;
};

export function OnlineLevelBadge({ level, withHiddenLabel = false }: OnlineLevelBadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge tone={tones[level]}>
      {withHiddenLabel && <span className="visually-hidden">{t('results.onlineLevel')} </span>}
      {onlineLevelLabel(t, level)}
    </Badge>
  );
}
