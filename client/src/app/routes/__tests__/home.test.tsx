import { describe, expect, it } from 'vitest';

import { fields } from '@/testing/mocks/db';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

describe('Home route (/)', () => {
  it('lists the fields as links to their procedures', async () => {
    renderApp('/');

    const fieldsSection = screen.getByRole('region', { name: 'Tra cứu theo lĩnh vực' });
    for (const field of fields) {
      expect(await within(fieldsSection).findByRole('link', { name: field.name })).toHaveAttribute(
        'href',
        `/procedures?fieldId=${field.id}`,
      );
    }
  });

  it('searches without diacritics and shows the matching procedures', async () => {
    const { user, router } = renderApp('/');

    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm thủ tục hành chính' }), 'giay phep xay dung');
    await user.click(screen.getByRole('button', { name: 'Tìm kiếm' }));

    expect(
      await screen.findByRole('link', { name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/procedures');
    expect(router.state.location.search).toBe('?q=giay+phep+xay+dung');
    expect(screen.getByText('Tìm thấy 1 thủ tục')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Đăng ký khai sinh' })).not.toBeInTheDocument();
    // The results page keeps the text in its own search box.
    expect(screen.getByRole('searchbox', { name: 'Tìm kiếm thủ tục hành chính' })).toHaveValue('giay phep xay dung');
  });

  it('has a skip link, landmarks and the portal name', () => {
    renderApp('/');

    expect(screen.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('banner')).toHaveTextContent('Cổng Dịch vụ công tỉnh Khánh Hòa');
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });
});

describe('Language switch', () => {
  it('switches the interface to English, sets <html lang> and remembers the choice', async () => {
    const first = renderApp('/');
    expect(document.documentElement.lang).toBe('vi');
    expect(screen.getByRole('heading', { level: 1, name: 'Tra cứu thủ tục hành chính' })).toBeInTheDocument();

    await first.user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Find an administrative procedure' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search administrative procedures' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Khánh Hòa Public Service Portal');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    // Data from the API stays in Vietnamese.
    expect(await screen.findByRole('link', { name: 'Hộ tịch' })).toBeInTheDocument();

    // A new visit starts in English.
    first.unmount();
    const second = renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Find an administrative procedure' })).toBeInTheDocument();

    // And the switch goes back to Vietnamese.
    await second.user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Tra cứu thủ tục hành chính' })).toBeInTheDocument();
    await waitFor(() => {
      expect(document.documentElement.lang).toBe('vi');
    });
  });

  it('translates the results page and its enum labels', async () => {
    const { user } = renderApp('/procedures?q=giay%20phep');
    expect(await screen.findByText('Tìm thấy 1 thủ tục')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByText('Found 1 procedure')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Administrative procedures' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Online service level' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Partly online' })).toBeInTheDocument();
    const card = within(screen.getByRole('list', { name: 'Procedures' })).getByRole('listitem');
    expect(card).toHaveTextContent('Full online');
    expect(card).toHaveTextContent('from 10 working days');
    expect(
      within(card).getByRole('link', { name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ' }),
    ).toBeInTheDocument();
  });
});
