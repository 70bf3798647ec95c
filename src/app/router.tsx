import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { RootLayout } from './root-layout.tsx'
import { RouteError } from './routes/route-error.tsx'
import { homeRoute } from './routes/home.tsx'
import { articleRoute } from './routes/article.tsx'
import { NotFoundRoute } from './routes/not-found.tsx'

type LazyRoute = (queryClient: QueryClient) => Pick<RouteObject, 'loader' | 'Component' | 'shouldRevalidate'>

/**
 * Routes. The list and the reader ship in the first bundle; every other view is a lazy
 * route in its own chunk. Loaders warm the query cache; components read it.
 */
export function createRouter(queryClient: QueryClient) {
  const lazy = (load: () => Promise<{ route: LazyRoute }>) => async () => (await load()).route(queryClient)
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, ...homeRoute(queryClient) },
            { path: 'articles/:slug', ...articleRoute(queryClient) },
            { path: 'timeline', lazy: lazy(() => import('./routes/timeline.tsx')) },
            { path: 'compare', lazy: lazy(() => import('./routes/compare.tsx')) },
            { path: 'compare/:left/:right', lazy: lazy(() => import('./routes/compare.tsx')) },
            { path: 'entities', lazy: lazy(() => import('./routes/entities.tsx')) },
            { path: 'entities/:id', lazy: lazy(() => import('./routes/entity.tsx')) },
            { path: 'search', lazy: lazy(() => import('./routes/search.tsx')) },
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ])
}
