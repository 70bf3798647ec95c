import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter } from 'react-router'
import { RootLayout } from './root-layout.tsx'
import { RouteError } from './routes/route-error.tsx'
import { homeRoute } from './routes/home.tsx'
import { articleRoute } from './routes/article.tsx'
import { NotFoundRoute } from './routes/not-found.tsx'

/**
 * Routes. The list and the reader ship in the first bundle; every other view is a lazy
 * route in its own chunk. Loaders warm the query cache; components read it.
 */
export function createRouter(queryClient: QueryClient) {
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
            { path: '*', Component: NotFoundRoute },
          ],
        },
      ],
    },
  ])
}
