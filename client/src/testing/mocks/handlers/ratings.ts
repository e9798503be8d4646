import { http, HttpResponse } from 'msw';

import type { DossierRating, RateDossierRequest, RateDossierWithTokenRequest, RatingInvitation } from '@/lib/api/types';

import { createDossierRating } from '../../data-generators';
import { problem } from '../utils';

import { accountOf } from './auth';

/** A walk-in dossier returned at the counter, and the token printed on its receipt. */
export const walkInInvitation: RatingInvitation = {
  code: '000.00.15.H34-261120-0007',
  procedureName: 'Đăng ký khai sinh',
  status: 'Returned',
  returnedAt: '2026-11-25T08:00:00Z',
  canRate: true,
  alreadyRated: false,
};
export const walkInToken = 'R7K2-M9QX';

const state = {
  ratings: new Map<string, DossierRating>(),
  tokenRated: false,
  bodies: [] as unknown[],
};

export function resetRatingsDb(): void {
  state.ratings.clear();
  state.tokenRated = false;
  state.bodies = [];
}

/** What the rating endpoints received, oldest first. */
export const ratingBodies = (): readonly unknown[] => state.bodies;

/** Dossier ratings: the applicant's (GET/POST /api/dossiers/{id}/rating) and the walk-in one by token. */
export const ratingsHandlers = [
  http.get('*/api/dossiers/:id/rating', ({ params }) => {
    const rating = state.ratings.get(String(params.id));
    return rating ? HttpResponse.json(rating) : problem(404, 'Not Found', 'The dossier has not been rated.');
  }),

  http.post('*/api/dossiers/:id/rating', async ({ request, params }) => {
    if (!accountOf(request)) return problem(401, 'Unauthorized');
    const id = String(params.id);
    const body = (await request.json()) as RateDossierRequest;
    state.bodies.push(body);
    if (state.ratings.has(id)) return problem(409, 'Conflict', 'The dossier has been rated already.');
    const rating = createDossierRating({ dossierId: id, ...body, satisfied: body.time !== 'Dissatisfied' });
    state.ratings.set(id, rating);
    return HttpResponse.json(rating, { status: 201 });
  }),

  http.get('*/api/ratings/invitation', ({ request }) => {
    const search = new URL(request.url).searchParams;
    if (search.get('code') !== walkInInvitation.code || search.get('token') !== walkInToken)
      return problem(404, 'Not Found');
    return HttpResponse.json({ ...walkInInvitation, alreadyRated: state.tokenRated, canRate: !state.tokenRated });
  }),

  http.post('*/api/ratings', async ({ request }) => {
    const body = (await request.json()) as RateDossierWithTokenRequest;
    state.bodies.push(body);
    if (body.code !== walkInInvitation.code || body.token !== walkInToken) return problem(404, 'Not Found');
    if (state.tokenRated) return problem(409, 'Conflict', 'The dossier has been rated already.');
    state.tokenRated = true;
    const { time, attitude, clarity, fees, comment } = body;
    const rating = { time, attitude, clarity, fees, comment, dossierCode: body.code, channel: 'ReceiptToken' } as const;
    return HttpResponse.json(createDossierRating(rating), { status: 201 });
  }),
];
