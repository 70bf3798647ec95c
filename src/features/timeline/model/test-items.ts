import type { Granularity, IndexEvent } from '../../../lib/content/types.ts'

/** Small reports for the timeline's unit tests. */
export function ev(id: string, date: string, entities: string[] = [], granularity?: Granularity): IndexEvent {
  const g = granularity ?? (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year')
  return { id, date, granularity: g, sentence: id.split('-')[0], label: `حدث ${id}`, entities, origin: 'text' }
}

export function report(slug: string, published: string, events: IndexEvent[]) {
  return { slug, published, title: `تقرير ${slug}`, events }
}

/** The three reports of the collection, with the events the issue expects. */
export const THREE = [
  report('kerry-lavrov-moscow-2015', '2015-12-15', [
    ev('s1-e1', '2015-12-15', ['john-kerry', 'sergey-lavrov']),
    ev('s3-e1', '2015-12-15', ['john-kerry', 'vladimir-putin']),
    ev('s9-e1', '2015-12-18', ['new-york']),
    ev('s10-e1', '2015-12-14', ['john-kerry', 'paris']),
    ev('s11-e1', '2016-01-01', ['vladimir-putin']),
  ]),
  report('kerry-moscow-visit-2016', '2016-07-11', [
    ev('s1-e1', '2016-07-14', ['john-kerry', 'moscow']),
    ev('s5-e1', '2016-07-07', ['barack-obama', 'vladimir-putin']),
  ]),
  report('kerry-oslo-warning-2016', '2016-06-15', [ev('s1-e1', '2016-06-15', ['john-kerry']), ev('s5-e1', '2016', ['geneva'])]),
]
