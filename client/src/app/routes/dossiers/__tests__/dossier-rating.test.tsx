import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { DossierDetail } from '@/lib/api/types';
import { tokenStore } from '@/lib/auth/token-store';
import { createDossierRating } from '@/testing/data-generators';
import { citizen, issueTokens, processor } from '@/testing/mocks/handlers/auth';
import { buildDossierDetail } from '@/testing/mocks/handlers/dossiers';
import { ratingBodies } from '@/testing/mocks/handlers/ratings';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, within } from '@/testing/test-utils';

const signInAs = (accountId: string) => {
  tokenStore.setTokens(issueTokens(accountId));
};

const serveDossier = (dossier: DossierDetail) => {
  server.use(http.get('*/api/dossiers/:id', () => HttpResponse.json(dossier)));
};

const returned = buildDossierDetail({
  status: 'Returned',
  returnedAt: '2026-12-01T03:00:00Z',
  availableActions: [],
});
const url = `/dossiers/${returned.id}`;
const panel = () => screen.findByRole('region', { name: 'Đánh giá mức độ hài lòng' });

const choose = async (
  user: ReturnType<typeof renderApp>['user'],
  region: HTMLElement,
  group: string,
  level: string,
) => {
  await user.click(within(within(region).getByRole('group', { name: group })).getByLabelText(level));
};

describe('Dossier rating panel (/dossiers/:id)', () => {
  it('lets the applicant rate the returned dossier once, then shows the rating', async () => {
    serveDossier(returned);
    signInAs(citizen.id);
    const { user } = renderApp(url);

    const region = await panel();
    const form = within(region);
    expect(await form.findByRole('button', { name: 'Gửi đánh giá' })).toBeInTheDocument();
    await choose(user, region, 'Thời gian giải quyết', 'Hài lòng');
    await user.click(form.getByRole('button', { name: 'Gửi đánh giá' }));
    expect(form.getAllByText('Vui lòng chọn mức độ hài lòng.')).toHaveLength(3);

    await choose(user, region, 'Thái độ của cán bộ, công chức', 'Rất hài lòng');
    await choose(user, region, 'Sự rõ ràng của thủ tục', 'Hài lòng');
    await choose(user, region, 'Phí, lệ phí', 'Không hài lòng');
    await user.click(form.getByRole('button', { name: 'Gửi đánh giá' }));

    expect(await form.findByText('Cảm ơn bạn đã đánh giá.')).toBeInTheDocument();
    expect(ratingBodies()).toEqual([
      { time: 'Satisfied', attitude: 'VerySatisfied', clarity: 'Satisfied', fees: 'Dissatisfied', comment: null },
    ]);
    expect(form.queryByRole('button', { name: 'Gửi đánh giá' })).not.toBeInTheDocument();
    expect(form.getByText('Phí, lệ phí').nextElementSibling).toHaveTextContent('Không hài lòng');
  });

  it('shows the rating after a second attempt answers 409', async () => {
    serveDossier(returned);
    let rated = false;
    server.use(
      http.get('*/api/dossiers/:id/rating', () =>
        rated
          ? HttpResponse.json(createDossierRating({ dossierId: returned.id }))
          : HttpResponse.json({ status: 404, title: 'Not Found' }, { status: 404 }),
      ),
      http.post('*/api/dossiers/:id/rating', () => {
        rated = true;
        return HttpResponse.json(
          { status: 409, title: 'Conflict', detail: 'Hồ sơ đã được đánh giá.' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    signInAs(citizen.id);
    const { user } = renderApp(url);

    const region = await panel();
    await within(region).findByRole('button', { name: 'Gửi đánh giá' });
    for (const group of [
      'Thời gian giải quyết',
      'Thái độ của cán bộ, công chức',
      'Sự rõ ràng của thủ tục',
      'Phí, lệ phí',
    ])
      await choose(user, region, group, 'Hài lòng');
    await user.click(within(region).getByRole('button', { name: 'Gửi đánh giá' }));

    expect(await within(region).findByText(/Đã đánh giá ngày/)).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: 'Gửi đánh giá' })).not.toBeInTheDocument();
  });

  it('shows officers the rating read-only, or that there is none', async () => {
    serveDossier(returned);
    signInAs(processor.id);
    renderApp(url);

    expect(await within(await panel()).findByText('Người nộp chưa đánh giá hồ sơ này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi đánh giá' })).not.toBeInTheDocument();
  });

  it('is not shown before the dossier is returned', async () => {
    serveDossier(buildDossierDetail({ status: 'Processing', availableActions: [] }));
    signInAs(citizen.id);
    renderApp(url);

    expect(await screen.findByRole('region', { name: 'Thao tác' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Đánh giá mức độ hài lòng' })).not.toBeInTheDocument();
  });
});
