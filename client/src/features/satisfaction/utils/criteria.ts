import type { RateDossierRequest } from '@/lib/api/types';

/** The criteria of a dossier rating, in the order the form asks them. */
export const ratingCriteria = ['time', 'attitude', 'clarity', 'fees'] as const;
export type RatingCriterion = (typeof ratingCriteria)[number];

/** The rating as the form sends it: a level for each criterion and an optional comment. */
export type RatingValues = RateDossierRequest;
