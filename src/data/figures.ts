import type { SourceId } from './sources';

/**
 * Every figure the site shows, stored once with its date and source, and
 * formatted per language where it is rendered (`<Num id="…" />` in MDX).
 */
export interface Figure {
  value: number;
  /** count: a plain number; percent: shown with %; factor: "3.6" (times). */
  unit: 'count' | 'percent' | 'factor';
  /** When the figure was true, as precisely as the source says (left out when it does not). */
  asOf?: string;
  source: SourceId;
}

const report = (value: number, unit: Figure['unit'] = 'count'): Figure => ({
  value,
  unit,
  asOf: '2021',
  source: 'programme-report',
});
const nvn = (value: number): Figure => ({ value, unit: 'count', source: 'nvn-interview' });
const kokshetau = (value: number): Figure => ({ value, unit: 'count', asOf: '2025', source: 'kokshetau-launch' });

export const figures = {
  'pilot.volunteers': report(9000),
  'pilot.schoolchildren': report(98000),
  'pilot.parents': report(7200),
  'pilot.posts': report(4000),
  'pilot.reach': report(800000),
  'pilot.firstVolunteers': { value: 100, unit: 'count', asOf: '2020-03', source: 'year-with-volunteers' },
  'programme.projectVolunteers': report(720),
  'bekind.volunteers': report(463),
  'bekind.lessons': report(1796),
  'bekind.schools': report(483),
  'bekind.regions': report(9),
  'bekind.childrenOnline': report(59460),
  'bekind.childrenOffline': report(881),
  'bekind.parents': report(7325),
  'plasticFree.volunteers': report(257),
  'plasticFree.lessons': report(428),
  'plasticFree.childrenOnline': report(22238),
  'plasticFree.childrenOffline': report(80),
  'plasticFree.schools': report(45),
  'social.followers2019': { value: 20000, unit: 'count', asOf: '2019', source: 'programme-report' },
  'social.followers2020': { value: 72376, unit: 'count', asOf: '2020', source: 'programme-report' },
  'social.growth': report(3.6, 'factor'),
  'movement.joined': kokshetau(10000),
  'movement.globalParticipants': kokshetau(10000000),
  'movement.countries': kokshetau(190),
  'kokshetau.activists': kokshetau(100),
  'kokshetau.youthOrgs': kokshetau(69),
  'kokshetau.newVolunteers': kokshetau(300),
  'nvn.organisations': nvn(3500),
  'nvn.projects': nvn(1000),
  'nvn.social': nvn(542),
  'nvn.environmental': nvn(100),
  'nvn.cultural': nvn(87),
  'nvn.medical': nvn(64),
  'nvn.sports': nvn(63),
  'nvn.other': nvn(45),
  'nvn.directorYears': nvn(18),
  'country.internet': report(81.9, 'percent'),
  'country.literacy': report(99.8, 'percent'),
  'shymkent.ageMin': { value: 16, unit: 'count', asOf: '2025-11', source: 'kazpravda-shymkent' },
  'shymkent.ageMax': { value: 35, unit: 'count', asOf: '2025-11', source: 'kazpravda-shymkent' },
  'helpline.childRequests2025': { value: 110999, unit: 'count', asOf: '2025-11', source: 'kazinform-111' },
  'crc.statesParties': { value: 196, unit: 'count', source: 'crc-guide' },
  'crc.committeeExperts': { value: 18, unit: 'count', asOf: '2002', source: 'crc' },
} as const satisfies Record<string, Figure>;

export type FigureId = keyof typeof figures;

export function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(figures, id);
}
