import { Link } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';

type NotFoundMessageProps = {
  /** The page heading, also used as the document title. */
  title: string;
  hint: string;
  /** Where the way-back button leads, and its text. */
  backTo: string;
  backLabel: string;
};

/** A page-level "not found" notice with a button back to a page that exists. */
export function NotFoundMessage({ title, hint, backTo, backLabel }: NotFoundMessageProps) {
  return (
    <div className="empty-state">
      <PageTitle title={title} />
      <h1 className="page-title">{title}</h1>
      <p>{hint}</p>
      <Link className="button" to={backTo}>
        {backLabel}
      </Link>
    </div>
  );
}
