import { describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/auth/token-store';
import { administrator, citizen, issueTokens, processor } from '@/testing/mocks/handlers/auth';
import { renderApp, screen, within } from '@/testing/test-utils';

const signInAs = (accountId: string) => {
  tokenStore.setTokens(issueTokens(accountId));
};

const mainNav = () => screen.getByRole('navigation', { name: 'Điều hướng chính' });
const accountNav = () => screen.getByRole('navigation', { name: 'Tài khoản' });

describe('navigation by role', () => {
  it('shows an administrator both the officers and the workspace links', async () => {
    signInAs(administrator.id);
    renderApp('/');

    expect(await within(mainNav()).findByRole('link', { name: 'Quản trị cán bộ' })).toHaveAttribute(
      'href',
      '/admin/officers',
    );
    expect(within(mainNav()).getByRole('link', { name: 'Không gian làm việc cán bộ' })).toHaveAttribute(
      'href',
      '/workspace',
    );
    expect(within(mainNav()).getByRole('link', { name: 'Ứng dụng tích hợp' })).toHaveAttribute(
      'href',
      '/admin/integrator-clients',
    );
    expect(within(mainNav()).getByRole('link', { name: 'Nhật ký hệ thống' })).toHaveAttribute('href', '/admin/audit');
  });

  it('shows another officer the workspace link only', async () => {
    signInAs(processor.id);
    renderApp('/');

    expect(await within(mainNav()).findByRole('link', { name: 'Không gian làm việc cán bộ' })).toBeInTheDocument();
    expect(within(mainNav()).queryByRole('link', { name: 'Quản trị cán bộ' })).not.toBeInTheDocument();
    expect(within(mainNav()).queryByRole('link', { name: 'Ứng dụng tích hợp' })).not.toBeInTheDocument();
    expect(within(mainNav()).queryByRole('link', { name: 'Nhật ký hệ thống' })).not.toBeInTheDocument();
    expect(within(mainNav()).getByRole('link', { name: 'Xử lý phản ánh' })).toHaveAttribute(
      'href',
      '/workspace/feedback',
    );
    expect(within(mainNav()).queryByRole('link', { name: 'Phản ánh của tôi' })).not.toBeInTheDocument();
  });

  it('shows a citizen neither link', async () => {
    signInAs(citizen.id);
    renderApp('/');

    // Wait for the account to load, so the role-based links had their chance to appear.
    expect(await within(accountNav()).findByRole('link', { name: citizen.fullName })).toBeInTheDocument();
    expect(within(mainNav()).queryByRole('link', { name: 'Không gian làm việc cán bộ' })).not.toBeInTheDocument();
    expect(within(mainNav()).queryByRole('link', { name: 'Quản trị cán bộ' })).not.toBeInTheDocument();
    expect(within(mainNav()).queryByRole('link', { name: 'Ứng dụng tích hợp' })).not.toBeInTheDocument();
    expect(within(mainNav()).queryByRole('link', { name: 'Xử lý phản ánh' })).not.toBeInTheDocument();
    expect(within(mainNav()).getByRole('link', { name: 'Phản ánh của tôi' })).toHaveAttribute('href', '/feedback/mine');
  });

  it('shows a signed-out visitor the public links only', () => {
    renderApp('/');
    expect(
      within(mainNav())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Trang chủ', 'Thủ tục hành chính', 'Phản ánh, kiến nghị', 'Tra cứu hồ sơ']);
  });
});

describe('Workspace route (/workspace)', () => {
  it('shows the officer’s name and translated roles', async () => {
    signInAs(processor.id);
    renderApp('/workspace');

    const main = screen.getByRole('main');
    expect(await within(main).findByText(processor.fullName)).toBeInTheDocument();
    expect(within(main).getByText('Chuyên viên')).toBeInTheDocument();
    expect(within(main).getByRole('heading', { level: 1, name: 'Không gian làm việc cán bộ' })).toBeInTheDocument();
  });

  it('tells a citizen there is no access', async () => {
    signInAs(citizen.id);
    renderApp('/workspace');

    expect(await screen.findByRole('alert')).toHaveTextContent('Không có quyền truy cập');
    expect(within(screen.getByRole('main')).queryByText(citizen.fullName)).not.toBeInTheDocument();
  });
});
