import { presetProfile, quorumFor, resolutionResult, type ChoiceCounts } from '@collegial/governance';
import type { PaperLocale } from './format';
import { quorumStatement, resolutionFigures } from './from-governance';
import type { AttendanceLine, MinutesDocument, MinutesItem, RepresentedLine, ResolutionRecord } from './minutes-document';

/**
 * A SCIC's annual general assembly, for tests, the benchmark and the sample picture: its
 * figures computed by libs/governance under the SCIC preset. Resolution 1 is DOMAIN.md's
 * worked example (weights 40/30/20/10; 26/45 ≈ 57,8 %, adopted). Deterministic: the same
 * arguments always give the same document.
 */
export interface SampleMinutesOptions {
  locale?: PaperLocale;
  /** Members of the assembly (default 48). */
  members?: number;
  /** Resolutions (default 4, at least 1). */
  resolutions?: number;
}

const FIRST = [
  'Camille',
  'Louise',
  'Hugo',
  'Léa',
  'Théo',
  'Chloé',
  'Nathan',
  'Inès',
  'Jules',
  'Zoé',
  'Gabriel',
  'Manon',
  'Raphaël',
  'Anaïs',
  'Loïc',
  'Maëlle',
  'Noé',
  'Agathe',
  'Émile',
  'Héloïse',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Lefèvre',
  'Moreau',
  'Garnier',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Muller',
  'Henry',
  'Roussel',
  'Nicolas',
  'Perrin',
  'Morin',
  'Mathieu',
  'Clément',
  'Gauthier',
  'Dumont',
  'Lopez',
  'Fontaine',
  'Chevalier',
  'Robin',
  'Masson',
  'Sanchez',
  'Gérard',
  'Nguyen',
  'Boyer',
  'Denis',
  'Lemaire',
  'Duval',
  'Joly',
  'Gautier',
  'Roger',
  'Roche',
  'Roy',
  'Noël',
  'Meyer',
  'Lucas',
];
const COLLEGES = [
  { id: 'employees', name: 'salariés' },
  { id: 'users', name: 'usagers' },
  { id: 'publicBodies', name: 'collectivités' },
  { id: 'partners', name: 'partenaires' },
] as const;

/** DOMAIN.md's worked example, college by college. */
const WORKED_EXAMPLE: Record<string, ChoiceCounts> = {
  employees: { yes: 6, no: 2, abstain: 1 },
  users: { yes: 10, no: 15 },
  publicBodies: { yes: 1, no: 1 },
  partners: { abstain: 2 },
};

function nameOf(index: number): string {
  const first = FIRST[index % FIRST.length];
  const last = LAST[Math.floor(index / FIRST.length) % LAST.length];
  const round = Math.floor(index / (FIRST.length * LAST.length));
  return round === 0 ? `${first} ${last}` : `${first} ${last} (${round + 1})`;
}

/** Counts that vary with the resolution's number, some rejected (every fourth one). */
function countsFor(index: number): Record<string, ChoiceCounts> {
  if (index === 0) return WORKED_EXAMPLE;
  const against = index % 4 === 3;
  return Object.fromEntries(
    COLLEGES.map((college, c) => {
      const base = 3 + ((index * 7 + c * 5) % 11);
      const yes = against ? base : base * 3;
      const no = against ? base * 2 + c : base;
      return [college.id, { yes, no, abstain: (index + c) % 3, blank: c === 3 ? index % 2 : 0 }];
    }),
  );
}

const TEXTS: Record<PaperLocale, { debate: string; resolution: (n: number) => { title: string; text: string } }> = {
  fr: {
    debate:
      'La présidente présente le rapport moral : l’année a vu l’ouverture d’un second site et l’arrivée de douze nouveaux sociétaires.\n\n' +
      'Plusieurs membres du collège des usagers s’interrogent sur la hausse des tarifs ; le directeur répond que la hausse suit celle du coût de l’énergie. Le débat porte ensuite sur la place des collectivités au conseil.',
    resolution: (n) =>
      n === 1
        ? {
            title: 'Approbation des comptes',
            text: 'L’assemblée générale, après avoir entendu le rapport de gestion du conseil d’administration et le rapport du commissaire aux comptes, approuve les comptes de l’exercice clos le 31 décembre 2025 tels qu’ils lui ont été présentés.',
          }
        : {
            title: `Délibération n° ${n}`,
            text: `L’assemblée générale décide de la mesure n° ${n} proposée par le conseil d’administration, dans les conditions exposées dans le rapport remis aux sociétaires.`,
          },
  },
  en: {
    debate:
      'The chair presents the annual report: the year saw a second site open and twelve new members join.\n\n' +
      'Several members of the users’ college question the rise in prices; the director answers that it follows the cost of energy. The debate then turns to the seats of public bodies on the board.',
    resolution: (n) =>
      n === 1
        ? {
            title: 'Approval of the accounts',
            text: 'The general assembly, having heard the board’s management report and the auditor’s report, approves the accounts for the year ended 31 December 2025 as presented.',
          }
        : {
            title: `Decision no. ${n}`,
            text: `The general assembly adopts measure no. ${n} put forward by the board, on the terms set out in the report sent to members.`,
          },
  },
};

export function sampleMinutes(options: SampleMinutesOptions = {}): MinutesDocument {
  const locale = options.locale ?? 'fr';
  const memberCount = options.members ?? 48;
  const resolutionCount = Math.max(1, options.resolutions ?? 4);
  const profile = presetProfile('scic');
  const text = TEXTS[locale];

  // Four members in ten present, two remote, one represented, one excused, two absent.
  const present: AttendanceLine[] = [];
  const remote: AttendanceLine[] = [];
  const represented: RepresentedLine[] = [];
  const excused: AttendanceLine[] = [];
  const absent: AttendanceLine[] = [];
  for (let i = 0; i < memberCount; i++) {
    const line = { name: nameOf(i), college: COLLEGES[i % COLLEGES.length].name };
    const slot = i % 10;
    if (slot < 4) present.push(line);
    else if (slot < 6) remote.push(line);
    else if (slot === 6) represented.push({ ...line, holder: i % 20 === 6 ? null : (present[present.length - 1]?.name ?? null) });
    else if (slot === 7) excused.push(line);
    else absent.push(line);
  }
  const quorum = quorumFor(profile, 'generalAssembly', 'ordinary', 'first', {
    votingMembers: memberCount,
    present: present.length,
    remote: remote.length,
    represented: represented.length,
  });

  const resolutions: ResolutionRecord[] = [];
  for (let i = 0; i < resolutionCount; i++) {
    const result = resolutionResult(profile, { body: 'generalAssembly', convocation: 'first', counts: { byCollege: countsFor(i) } });
    const { title, text: body } = text.resolution(i + 1);
    resolutions.push({ number: String(i + 1), title, text: body, ballot: i === 0 ? 'show' : 'electronic', ...resolutionFigures(result, locale) });
  }

  const fr = locale === 'fr';
  const items: MinutesItem[] = [
    { agendaNumber: '1', title: fr ? 'Rapport moral' : 'Annual report', kind: 'information', debateSummary: text.debate, resolutions: [], elections: [] },
    {
      agendaNumber: '2',
      title: fr ? 'Comptes de l’exercice 2025' : 'Accounts for 2025',
      kind: 'deliberation',
      debateSummary: null,
      resolutions: resolutions.slice(0, 1),
      elections: [],
    },
  ];
  if (resolutions.length > 1) {
    items.push({
      agendaNumber: '3',
      title: fr ? 'Décisions proposées par le conseil' : 'Decisions put forward by the board',
      kind: 'deliberation',
      resolutions: resolutions.slice(1),
      elections: [],
    });
  }
  items.push({
    agendaNumber: String(items.length + 1),
    title: fr ? 'Renouvellement du conseil d’administration' : 'Board elections',
    kind: 'election',
    resolutions: [],
    elections: [
      {
        title: fr ? 'Conseil d’administration' : 'Board of directors',
        seats: 2,
        candidates: [
          { name: nameOf(1), votes: 31, elected: true },
          { name: nameOf(2), votes: 24, elected: true },
          { name: nameOf(3), votes: 12, elected: false },
        ],
        blank: 2,
        explanation: fr
          ? 'Scrutin plurinominal à un tour : les deux candidats ayant obtenu le plus de voix sont élus.'
          : 'Plurality vote, one round: the two candidates with the most votes are elected.',
      },
    ],
  });

  return {
    organisation: {
      name: 'Les Communs de Lyon',
      legalForm: 'scic',
      legalFormText: null,
      address: ['12 rue de la République', '69002 Lyon'],
      registrationNumber: 'SIREN 812 345 678 RCS Lyon',
    },
    meeting: {
      body: { kind: 'generalAssembly', name: fr ? 'Assemblée générale' : 'General assembly' },
      kind: 'ordinary',
      title: null,
      date: '2026-06-13',
      startTime: '18:30',
      closingTime: '21:15',
      place: 'Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon',
      remoteLink: 'https://visio.example.org/ag-2026',
    },
    convocation: {
      convenedBy: fr ? 'le conseil d’administration' : 'the board',
      sentOn: '2026-05-22',
      channels: ['email', 'post'],
      convocation: 'first',
      firstMeetingDate: null,
    },
    officers: {
      chair: { name: nameOf(0), capacity: fr ? 'présidente' : 'chair of the board' },
      secretary: { name: nameOf(5), capacity: fr ? 'secrétaire' : 'secretary' },
      scrutineers: [{ name: nameOf(10) }, { name: nameOf(11) }],
    },
    attendance: { present, remote, represented, excused, absent },
    quorum: quorumStatement(quorum, locale),
    agenda: items.map((item) => ({ number: item.agendaNumber, title: item.title, kind: item.kind })),
    documents: [
      { title: fr ? 'Rapport moral 2025' : 'Annual report 2025', agendaNumber: '1' },
      { title: fr ? 'Comptes annuels 2025 et rapport du commissaire aux comptes' : 'Accounts 2025 and auditor’s report', agendaNumber: '2' },
    ],
    items,
    incidents: [
      {
        time: '19:05',
        description: fr
          ? 'Coupure du son de la visioconférence ; les membres à distance ont été rappelés et le vote de la résolution n° 1 a eu lieu après le rétablissement.'
          : 'The video conference lost its sound; remote members were called back and resolution no. 1 was voted once it was restored.',
        durationMinutes: 4,
      },
    ],
  };
}
