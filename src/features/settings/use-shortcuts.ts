import { useEffect } from 'react'
import { useMatch, useNavigate } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { indexQuery } from '../articles/api/queries.ts'
import { adjacentReports } from './adjacent.ts'
import { announce } from './announce.ts'
import { openDialog } from './dialog-store.ts'
import { getSettings, updateSettings } from './settings-store.ts'
import { isTypingTarget, shortcutFor, type ShortcutAction } from './shortcuts.ts'

/** Something else owns the keyboard right now: a dialog or a popover is open. */
function layerOpen(): boolean {
  if (document.querySelector('dialog[open]')) return true
  try {
    return document.querySelector(':popover-open') !== null
  } catch {
    return false
  }
}

/** The app's keyboard shortcuts (see shortcuts.ts), listened for once, in the header. */
export function useShortcuts() {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const slug = useMatch('/articles/:slug')?.params.slug

  useEffect(() => {
    const go = async (direction: 'next' | 'previous') => {
      if (!slug) return
      const index = await queryClient.ensureQueryData(indexQuery())
      const target = adjacentReports(index.articles, slug)[direction]
      if (target) navigate(`/articles/${encodeURIComponent(target.slug)}`)
      else announce(direction === 'next' ? 'هذا أحدث تقرير.' : 'هذا أقدم تقرير.')
    }
    const run: Record<ShortcutAction, () => void> = {
      next: () => void go('next'),
      previous: () => void go('previous'),
      search: () => {
        const input = document.querySelector<HTMLInputElement>('[role="search"] input, search input')
        if (!input) return navigate('/search')
        input.focus()
        input.select()
      },
      timeline: () => navigate('/timeline'),
      compare: () => navigate('/compare'),
      home: () => navigate('/'),
      marks: () => {
        const showMarks = !getSettings().showMarks
        updateSettings({ showMarks })
        announce(showMarks ? 'أُبرزت الأعلام في النص.' : 'أُخفي إبراز الأعلام في النص.')
      },
      settings: () => openDialog('settings'),
      help: () => openDialog('shortcuts'),
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || e.repeat || isTypingTarget(e.target) || layerOpen()) return
      const action = shortcutFor(e)
      if (!action) return
      e.preventDefault()
      run[action]()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [navigate, queryClient, slug])
}
