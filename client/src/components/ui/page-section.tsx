import { useId, type ReactNode } from 'react';

type PageSectionProps = {
  /** The section's heading (an `<h2>`), which also names the region. */
  title: string;
  className?: string;
  children: ReactNode;
};

/** A titled region of a page: a `<section>` labelled by its `<h2>`. */
export function PageSection({ title, className, children }: PageSectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
