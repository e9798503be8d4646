import type { ReactNode } from 'react';

import { QueryError } from '@/components/errors/query-error';

import { LoadMore } from './load-more';
import { Spinner } from './spinner';

type KeysetListProps<T> = {
  /** The list's infinite query (keyset paging): its pages each carry `items`. */
  query: {
    isPending: boolean;
    isFetching: boolean;
    data: { pages: readonly { items: readonly T[] }[] } | undefined;
    refetch: () => Promise<unknown>;
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    fetchNextPage: () => Promise<unknown>;
  };
  loadingLabel: string;
  /** Shown when the list has no item. */
  empty: ReactNode;
  /** The items read so far, all pages together. */
  children: (items: readonly T[]) => ReactNode;
};

/** A keyset-paged list with its states: loading, failed (with a retry), empty, then the items and "load more". */
export function KeysetList<T>({ query, loadingLabel, empty, children }: KeysetListProps<T>) {
  if (query.isPending) return <Spinner label={loadingLabel} />;
  if (!query.data)
    return (
      <QueryError
        onRetry={() => {
          void query.refetch();
        }}
      />
    );
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return empty;
  return (
    <div aria-busy={query.isFetching}>
      {children(items)}
      <LoadMore query={query} />
    </div>
  );
}
