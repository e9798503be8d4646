import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import type { Language } from '@/lib/i18n/translate';

import { server } from './mocks/server';

export const createTestQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: false, gcTime: Infinity, staleTime: 0 },
    },
  });

type RenderAppOptions = {
  /** Forces a UI language; by default the provider reads localStorage like the real app. */
  language?: Language;
};

/** Renders the whole app (layout + routes) at a URL, as a user would land on it. */
export function renderApp(url = '/', { language }: RenderAppOptions = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const queryClient = createTestQueryClient();
  const result = render(
    <AppProvider queryClient={queryClient} language={language}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router, user, queryClient };
}

/** Records every request to a GET endpoint and answers with `body`. */
export function captureGet(path: string, body: JsonBodyType) {
  const requests: URL[] = [];
  server.use(
    http.get(path, ({ request }) => {
      requests.push(new URL(request.url));
      return HttpResponse.json(body);
    }),
  );
  return requests;
}

/** A promise the test opens when it chooses: a mocked response that awaits it stays pending until then. */
export function createGate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Records the URL of every request to `pathname` (any method) and lets the handlers answer. */
export function recordRequests(pathname: string) {
  const requests: URL[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === pathname) requests.push(url);
  });
  return requests;
}

/** Records the JSON body and Idempotency-Key of every POST whose path ends with `suffix`; the handlers answer. */
export function recordPosts(suffix: string) {
  const posts: { body: unknown; key: string | null }[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith(suffix)) return;
    const post: { body: unknown; key: string | null } = {
      body: undefined,
      key: request.headers.get('Idempotency-Key'),
    };
    posts.push(post);
    void request
      .clone()
      .json()
      .then((body: unknown) => {
        post.body = body;
      });
  });
  return { posts, bodies: () => posts.map((post) => post.body) };
}

export * from '@testing-library/react';
