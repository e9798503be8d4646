import type { QueryKey } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import type { FeedbackDetail } from '@/lib/api/types';

import { FeedbackAnswers } from './feedback-answers';
import { FeedbackContent } from './feedback-content';
import { FeedbackHistory } from './feedback-history';
import { FeedbackOverview } from './feedback-overview';
import { FeedbackSubmitterActions } from './feedback-submitter-actions';

type FeedbackDetailViewProps = {
  feedback: FeedbackDetail;
  /** Where the page caches the feedback, for the submitter's actions to update. */
  queryKey: QueryKey;
  /** The follow-up key of a guest's receipt, for the files and the actions. */
  followUpKey?: string;
  /** The officers' actions, composed by the page. */
  officerActions?: ReactNode;
  isFetching?: boolean;
};

/** A feedback as its submitter and the officers see it: state, content, answers, what one may do, history. */
export function FeedbackDetailView({
  feedback,
  queryKey,
  followUpKey,
  officerActions,
  isFetching = false,
}: FeedbackDetailViewProps) {
  return (
    <div aria-busy={isFetching}>
      <FeedbackOverview feedback={feedback} />
      {officerActions}
      <FeedbackContent feedback={feedback} followUpKey={followUpKey} />
      <FeedbackAnswers feedback={feedback} followUpKey={followUpKey} />
      <FeedbackSubmitterActions feedback={feedback} queryKey={queryKey} followUpKey={followUpKey} />
      <FeedbackHistory feedback={feedback} />
    </div>
  );
}
