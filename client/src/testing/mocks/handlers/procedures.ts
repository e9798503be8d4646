import { http, HttpResponse } from 'msw';

import { createPage } from '@/testing/data-generators';

import { procedureDetails, toSummary } from '../db';
import { foldDiacritics, problem } from '../utils';

export const proceduresHandlers = [
  http.get('*/api/procedures', ({ request }) => {
    const url = new URL(request.url);
    const words = foldDiacritics(url.searchParams.get('q') ?? '')
      .split(/\s+/)
      .filter(Boolean);
    const fieldId = url.searchParams.get('fieldId');
    const agencyId = url.searchParams.get('agencyId');
    const level = url.searchParams.get('level');
    const onlineLevel = url.searchParams.get('onlineLevel');
    const pageNumber = Number(url.searchParams.get('pageNumber') ?? '1');
    const pageSize = Number(url.searchParams.get('pageSize') ?? '20');

    const matches = procedureDetails.filter(
      (p) =>
        words.every((word) => foldDiacritics(`${p.name} ${p.code}`).includes(word)) &&
        (!fieldId || p.field.id === fieldId) &&
        (!agencyId || p.implementingAgencies.some((a) => a.id === agencyId)) &&
        (!level || p.levels.some((l) => l === level)) &&
        (!onlineLevel || p.onlineLevel === onlineLevel),
    );
    const items = matches.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map(toSummary);
    return HttpResponse.json(createPage(items, { pageNumber, pageSize, totalCount: matches.length }));
  }),

  http.get('*/api/procedures/:id', ({ params }) => {
    const procedure = procedureDetails.find((p) => p.id === params.id);
    return procedure ? HttpResponse.json(procedure) : problem(404, 'Not Found', 'Procedure not found.');
  }),
];
