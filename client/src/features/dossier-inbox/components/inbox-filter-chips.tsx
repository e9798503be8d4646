import { ToggleChips } from '@/components/ui/toggle-chips';
import type { DossierInboxCounts } from '@/lib/api/types';
import { dossierStatusLabel } from '@/lib/i18n/enum-labels';
import { useTranslation } from '@/lib/i18n/use-translation';

import { sameFilter, type InboxFilter } from '../utils/inbox-filter';

type InboxFilterChipsProps = {
  counts: DossierInboxCounts | undefined;
  value: InboxFilter;
  onChange: (filter: InboxFilter) => void;
};

/** A row of toggle buttons: all, each status with its count, due soon, overdue, incoming transfers, mine. */
export function InboxFilterChips({ counts, value, onChange }: InboxFilterChipsProps) {
  const { t } = useTranslation();
  const chips: { filter: InboxFilter; label: string; count?: number }[] = [
    { filter: { kind: 'all' }, label: t('inbox.filter.all') },
    ...(counts?.byStatus ?? []).map(({ status, count }) => ({
      filter: { kind: 'status', status } as const,
      label: dossierStatusLabel(t, status),
      count,
    })),
    { filter: { kind: 'flag', flag: 'dueSoon' }, label: t('inbox.filter.dueSoon'), count: counts?.dueSoon },
    { filter: { kind: 'flag', flag: 'overdue' }, label: t('inbox.filter.overdue'), count: counts?.overdue },
    { filter: { kind: 'flag', flag: 'transfers' }, label: t('inbox.filter.transfers'), count: counts?.transfers },
    { filter: { kind: 'flag', flag: 'assignedToMe' }, label: t('inbox.filter.assignedToMe') },
  ];

  return (
    <ToggleChips
      label={t('inbox.filters')}
      chips={chips.map((chip) => ({
        key: chip.label,
        label: chip.label,
        count: chip.count,
        pressed: sameFilter(chip.filter, value),
        onClick: () => {
          onChange(chip.filter);
        },
      }))}
    />
  );
}
