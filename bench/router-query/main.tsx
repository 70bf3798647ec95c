// A second baseline: React 19 with React Router's data router and TanStack Query, a loader
// warming a query and a component reading it — the frameworks our first screen stands on.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider, queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { createBrowserRouter, Link } from 'react-router'
import { RouterProvider } from 'react-router/dom'

const client = new QueryClient()
const greeting = queryOptions({ queryKey: ['greeting'], queryFn: async () => 'مرحبا' })

function Home() {
  const { data } = useSuspenseQuery(greeting)
  return (
    <h1>
      <Link to="/">{data}</Link>
    </h1>
  )
}

const router = createBrowserRouter([{ path: '/', loader: () => client.ensureQueryData(greeting), Component: Home }])

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
