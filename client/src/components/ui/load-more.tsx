import { QueryError } from '@/components/errors/query-error';
import { useTranslation } from '@/lib/i18n/use-translation';

type LoadMoreProps = {
  /** The list's infinite query (keyset paging). */
  query: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    fetchNextPage: () => Promise<unknown>;
  };
};

/** Under a keyset-paged list: "load more" while there is a next page, and a retry when reading it failed. */
export function LoadMore({ query }: LoadMoreProps) {
  const { t } = useTranslation();
  const more = () => {
    void query.fetchNextPage();
  };
  return (
    <>
      {query.isFetchNextPageError && <QueryError onRetry={more} />}
      {query.hasNextPage && (
        <p>
          <button type="button" className="button button--secondary" disabled={query.isFetchingNextPage} onClick={more}>
            {query.isFetchingNextPage ? t('inbox.loadingMore') : t('inbox.loadMore')}
          </button>
        </p>
      )}
    </>
  );
}
