import type { MandateRole } from '@collegial/governance';
import type { ConvocationAnswer } from '../convocations/entities/convocation-enums';
import type { DocumentKind } from '../documents/entities/document-kind';

/**
 * A fictional SCIC for demonstrations: a citizen energy cooperative with its four
 * colleges, about forty members (people, a city, an association, a company), a general
 * assembly and a board whose presidency was handed over in 2024.
 */
export const DEMO_ORGANISATION = {
  name: 'Énergies citoyennes du Pays de Rance',
  legalForm: 'scic' as const,
  address: '12 quai Saint-Louis, 35400 Saint-Malo',
  registrationNumber: '880000005',
};

export const DEMO_ACCOUNTS = {
  admin: { email: 'demo@collegial.example', displayName: 'Nadia Le Bris (secrétaire générale)' },
  password: 'goeland-ardoise-2026',
};

type College = 'salariés' | 'usagers' | 'collectivités' | 'partenaires';

export interface DemoMember {
  key: string;
  kind: 'naturalPerson' | 'legalEntity';
  name: string;
  college: College;
  joinedOn: string;
  birthDate?: string;
  email?: string;
  representative?: { name: string; email?: string };
  /** A later representative, from that date. */
  nextRepresentative?: { name: string; sinceOn: string };
  noVote?: string;
  leftOn?: string;
}

const person = (key: string, name: string, college: College, joinedOn: string, birthDate: string, extra: Partial<DemoMember> = {}): DemoMember => ({
  key,
  kind: 'naturalPerson',
  name,
  college,
  joinedOn,
  birthDate,
  email: `${key}@demo.collegial.example`,
  ...extra,
});

export const DEMO_MEMBERS: DemoMember[] = [
  person('nadia', 'Nadia Le Bris', 'salariés', '2019-03-01', '1984-07-12'),
  person('yannick', 'Yannick Guérin', 'salariés', '2019-03-01', '1979-02-03'),
  person('sophie', 'Sophie Hamon', 'salariés', '2020-09-01', '1991-11-25'),
  person('karim', 'Karim Benali', 'salariés', '2021-01-15', '1988-05-30'),
  person('lucie', 'Lucie Renaud', 'salariés', '2022-04-01', '1995-08-08'),
  person('thomas', 'Thomas Lemoine', 'salariés', '2023-02-01', '1990-01-19'),
  person('ines', 'Inès Moreau', 'salariés', '2024-06-03', '1997-03-14'),
  person('erwan', 'Erwan Le Gall', 'salariés', '2019-03-01', '1975-12-01', { leftOn: '2025-08-31' }),
  person('marie', 'Marie Rolland', 'usagers', '2019-05-18', '1962-04-22'),
  person('jean', 'Jean-Paul Quéré', 'usagers', '2019-05-18', '1955-09-09'),
  person('anne', 'Anne-Sophie Daniel', 'usagers', '2019-06-30', '1970-10-10'),
  person('pierre', 'Pierre Lucas', 'usagers', '2020-02-14', '1983-06-06'),
  person('claire', 'Claire Fontaine', 'usagers', '2020-03-21', '1968-01-27'),
  person('gael', 'Gaël Robin', 'usagers', '2020-07-04', '1992-12-12'),
  person('helene', 'Hélène Marchand', 'usagers', '2020-11-11', '1959-05-05'),
  person('mathieu', 'Mathieu Pinel', 'usagers', '2021-03-08', '1986-02-28'),
  person('rozenn', 'Rozenn Le Goff', 'usagers', '2021-05-22', '1977-07-07'),
  person('olivier', 'Olivier Texier', 'usagers', '2021-09-18', '1965-03-03'),
  person('chantal', 'Chantal Bouvier', 'usagers', '2022-01-10', '1949-08-19'),
  person('nicolas', 'Nicolas Perrin', 'usagers', '2022-04-02', '1980-11-30'),
  person('aurelie', 'Aurélie Gautier', 'usagers', '2022-06-25', '1987-04-16'),
  person('francois', 'François Lebrun', 'usagers', '2022-10-01', '1958-10-21', { noVote: 'Souscription de parts non libérée' }),
  person('morgane', 'Morgane Cadiou', 'usagers', '2023-01-21', '1994-09-02'),
  person('loic', 'Loïc Hervé', 'usagers', '2023-04-15', '1972-06-18'),
  person('sylvie', 'Sylvie Carré', 'usagers', '2023-09-09', '1963-12-24'),
  person('julien', 'Julien Tanguy', 'usagers', '2024-02-17', '1999-01-05'),
  person('elodie', 'Élodie Besnard', 'usagers', '2024-10-12', '1985-05-25'),
  person('bernard', 'Bernard Jézéquel', 'usagers', '2025-03-29', '1951-02-11'),
  {
    key: 'saint-malo',
    kind: 'legalEntity',
    name: 'Ville de Saint-Malo',
    college: 'collectivités',
    joinedOn: '2019-03-01',
    email: 'transition@saint-malo.demo.collegial.example',
    representative: { name: 'Mme Gwenaëlle Rault, adjointe à la transition écologique' },
    nextRepresentative: { name: 'M. Hervé Collin, conseiller municipal délégué', sinceOn: '2026-04-10' },
  },
  {
    key: 'dinard',
    kind: 'legalEntity',
    name: 'Commune de Dinard',
    college: 'collectivités',
    joinedOn: '2020-01-20',
    representative: { name: 'M. Alain Briand, maire adjoint' },
  },
  {
    key: 'agglo',
    kind: 'legalEntity',
    name: 'Saint-Malo Agglomération',
    college: 'collectivités',
    joinedOn: '2019-03-01',
    representative: { name: 'Mme Catherine Le Roux, vice-présidente' },
  },
  {
    key: 'pleurtuit',
    kind: 'legalEntity',
    name: 'Commune de Pleurtuit',
    college: 'collectivités',
    joinedOn: '2021-06-05',
    representative: { name: 'M. Stéphane Nicol' },
  },
  {
    key: 'amis-du-vent',
    kind: 'legalEntity',
    name: 'Association Les Amis du Vent',
    college: 'partenaires',
    joinedOn: '2019-03-01',
    email: 'contact@amisduvent.demo.collegial.example',
    representative: { name: 'M. Bruno Lefeuvre, président' },
  },
  {
    key: 'banque',
    kind: 'legalEntity',
    name: 'Crédit Coopératif de Bretagne (fictif)',
    college: 'partenaires',
    joinedOn: '2019-10-01',
    representative: { name: 'Mme Laure Castel' },
  },
  {
    key: 'energie-partagee',
    kind: 'legalEntity',
    name: 'Réseau Énergie Partagée (fictif)',
    college: 'partenaires',
    joinedOn: '2020-05-15',
    representative: { name: 'M. Samuel Ollivier' },
  },
  {
    key: 'lycee',
    kind: 'legalEntity',
    name: 'Lycée maritime de Saint-Malo',
    college: 'partenaires',
    joinedOn: '2022-09-01',
    representative: { name: 'Mme Françoise Allain, proviseure' },
  },
  person('paul', 'Paul Rivière', 'partenaires', '2021-11-20', '1969-03-31'),
  person('agnes', 'Agnès Maillard', 'partenaires', '2023-03-18', '1974-07-29'),
  person('denis', 'Denis Corlay', 'collectivités', '2024-01-13', '1966-05-14'),
  person('celine', 'Céline Guillard', 'usagers', '2025-09-20', '1993-10-03'),
];

export interface DemoMandate {
  member: string;
  role: MandateRole;
  startOn: string;
  appointedBy: string;
}

/** The board elected from the general assembly of 15 June 2021 (3-year terms) and after. */
export const DEMO_BOARD: DemoMandate[] = [
  { member: 'jean', role: 'president', startOn: '2021-06-15', appointedBy: "Conseil d'administration du 15 juin 2021" },
  { member: 'marie', role: 'treasurer', startOn: '2023-06-17', appointedBy: "Conseil d'administration du 17 juin 2023" },
  { member: 'nadia', role: 'secretary', startOn: '2023-06-17', appointedBy: "Conseil d'administration du 17 juin 2023" },
  { member: 'yannick', role: 'director', startOn: '2023-06-17', appointedBy: 'Assemblée générale du 17 juin 2023, 6e résolution' },
  { member: 'claire', role: 'director', startOn: '2023-06-17', appointedBy: 'Assemblée générale du 17 juin 2023, 6e résolution' },
  { member: 'saint-malo', role: 'director', startOn: '2023-06-17', appointedBy: 'Assemblée générale du 17 juin 2023, 6e résolution' },
  { member: 'amis-du-vent', role: 'director', startOn: '2024-06-15', appointedBy: 'Assemblée générale du 15 juin 2024, 7e résolution' },
  { member: 'sophie', role: 'director', startOn: '2024-06-15', appointedBy: 'Assemblée générale du 15 juin 2024, 7e résolution' },
  { member: 'helene', role: 'vicePresident', startOn: '2024-06-15', appointedBy: "Conseil d'administration du 15 juin 2024" },
];

/** Jean-Paul Quéré hands the presidency to Anne-Sophie Daniel at the end of his term. */
export const DEMO_HANDOVER = {
  role: 'president' as const,
  successor: 'anne',
  on: '2024-06-15',
  decision: "Conseil d'administration du 15 juin 2024 : élection de la présidente à l'unanimité",
};

/** The general assembly being prepared: about six weeks ahead when the demo is seeded, so it can still be convened in time. */
export const DEMO_ASSEMBLY = {
  daysAhead: 42,
  /** 09:00 UTC: 10:00 or 11:00 in Paris. */
  hourUtc: 9,
  durationMinutes: 180,
  place: 'Maison des associations, 12 rue des Lilas, Rennes',
  agenda: [
    {
      key: 'report',
      kind: 'information' as const,
      title: 'Rapport moral de la présidente',
      presenter: 'helene',
      plannedMinutes: 20,
    },
    {
      key: 'accounts',
      kind: 'deliberation' as const,
      title: "Approbation des comptes de l'exercice 2025",
      presenter: 'marie',
      plannedMinutes: 30,
      resolution: {
        title: 'Première résolution : approbation des comptes 2025',
        text: "L'assemblée générale, après avoir entendu le rapport de gestion du conseil d'administration et le rapport financier, approuve les comptes de l'exercice clos le 31 décembre 2025 tels qu'ils lui ont été présentés.",
      },
    },
    {
      key: 'election',
      kind: 'election' as const,
      title: "Élection des membres du conseil d'administration",
      presenter: 'nadia',
      plannedMinutes: 40,
    },
  ],
};

/** A board meeting already held: about two months before the demo is seeded. */
export const DEMO_PAST_BOARD_MEETING = {
  daysAgo: 60,
  hourUtc: 17,
  durationMinutes: 120,
  place: 'Local de la coopérative',
  agendaTitle: "Préparation de l'assemblée générale",
  /** The board meets every quarter. */
  rhythmMonths: 3,
};

export interface DemoReply {
  member: string;
  answer: ConvocationAnswer;
  /** For a proxy: the member who holds it. */
  holder?: string;
}

/**
 * What some members answered through their personal link once the assembly was convened:
 * the chair and a few others in person, one remotely, one excused, a proxy to the treasurer
 * (who attends, so no chain) and a blank proxy (it goes to the chair).
 */
export const DEMO_REPLIES: DemoReply[] = [
  { member: 'helene', answer: 'attendingInPerson' },
  { member: 'anne', answer: 'attendingInPerson' },
  { member: 'marie', answer: 'attendingInPerson' },
  { member: 'jean', answer: 'attendingInPerson' },
  { member: 'saint-malo', answer: 'attendingInPerson' },
  { member: 'pierre', answer: 'attendingRemotely' },
  { member: 'chantal', answer: 'absent' },
  { member: 'rozenn', answer: 'proxy', holder: 'marie' },
  { member: 'bernard', answer: 'blankProxy' },
];

export interface DemoDocument {
  title: string;
  kind: DocumentKind;
  /** The file's name: its extension says its type (.pdf or .md), checked against the content. */
  fileName: string;
  /** PDF: one line each (Latin-1 only: the PDF's font is WinAnsi); Markdown: one paragraph each. */
  lines: string[];
  /** The agenda item of the assembly it is attached to (its key); otherwise the governance library. */
  agendaItem?: string;
}

/** The governance library and the assembly's accounts, stored through the documents feature. */
export const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    title: 'Statuts de la SCIC',
    kind: 'statutes',
    fileName: 'statuts-scic-energies-citoyennes.pdf',
    lines: [
      'STATUTS',
      'Énergies citoyennes du Pays de Rance',
      "Société coopérative d'intérêt collectif (SCIC) par actions simplifiée à capital variable",
      'Siège : 12 quai Saint-Louis, 35400 Saint-Malo',
      '',
      'Article 1 - Objet',
      "La coopérative produit et fournit une énergie renouvelable d'origine locale, associe",
      'les habitants, les collectivités et les partenaires du territoire à sa gouvernance et',
      "mène des actions de sobriété et d'efficacité énergétique.",
      '',
      'Article 12 - Collèges de vote',
      'Les associés sont répartis en quatre collèges : salariés (40 %), usagers (30 %),',
      "collectivités (20 %) et partenaires (10 %). Chaque associé dispose d'une voix.",
      '',
      'Article 15 - Assemblée générale ordinaire',
      "L'assemblée générale ordinaire se réunit au moins une fois par an, dans les six mois",
      "de la clôture de l'exercice, pour approuver les comptes annuels et affecter le résultat.",
      'Les associés sont convoqués quinze jours au moins avant la réunion, par courrier',
      'électronique pour ceux qui y ont consenti, par lettre simple pour les autres.',
      '',
      'Article 16 - Pouvoirs',
      'Un associé empêché peut donner pouvoir à un autre associé. Nul ne peut détenir plus',
      'de deux pouvoirs. Les pouvoirs en blanc sont attribués au président de séance.',
      '',
      "Article 20 - Conseil d'administration",
      'La coopérative est administrée par un conseil de trois à douze membres élus pour trois',
      "ans par l'assemblée générale, qui élit en son sein un président, un trésorier et un",
      'secrétaire.',
    ],
  },
  {
    title: 'Règlement intérieur',
    kind: 'internalRules',
    fileName: 'reglement-interieur.md',
    lines: [
      '# Règlement intérieur',
      "Adopté par l'assemblée générale du 15 juin 2024. Il précise les statuts sans les contredire.",
      '## 1. Admission des associés',
      "Toute demande d'admission est adressée au conseil d'administration, qui statue lors de sa réunion suivante. La souscription d'au moins une part sociale de 50 euros est libérée à l'admission.",
      '## 2. Convocations et lien personnel',
      "Les associés qui y consentent reçoivent leurs convocations par courrier électronique, avec un lien personnel : il permet de consulter l'ordre du jour et les documents préparatoires, et de répondre (présence, participation à distance, excuse ou pouvoir) sans créer de compte.",
      '## 3. Participation à distance',
      "Les réunions sont accessibles en visioconférence. Un associé présent à distance est compté dans le quorum dès qu'il a signé la feuille de présence par son lien personnel.",
      '## 4. Remboursement des frais',
      'Les frais de déplacement des administrateurs sont remboursés sur justificatif, au barème kilométrique en vigueur.',
    ],
  },
  {
    title: "Comptes annuels de l'exercice 2025",
    kind: 'accounts',
    fileName: 'comptes-annuels-2025.pdf',
    agendaItem: 'accounts',
    lines: [
      "COMPTES ANNUELS DE L'EXERCICE 2025",
      'Énergies citoyennes du Pays de Rance - exercice clos le 31 décembre 2025',
      '',
      'Compte de résultat (en euros)',
      "Ventes d'électricité ............................ 412 300",
      "Subventions d'exploitation ......................  18 500",
      'Achats et charges externes ...................... 176 900',
      'Salaires et charges sociales .................... 148 200',
      'Dotations aux amortissements ....................  61 400',
      'Charges financières .............................  12 800',
      "Résultat net de l'exercice ......................  31 500",
      '',
      'Bilan au 31 décembre 2025 (en euros)',
      'Installations photovoltaïques et éoliennes (net) .. 1 184 000',
      'Trésorerie ........................................ 203 600',
      'Capital social (parts des associés) ................ 486 000',
      'Réserves impartageables ........................... 221 300',
      'Emprunts bancaires ................................ 612 000',
      '',
      "Proposition d'affectation du résultat : 57,5 % en réserves impartageables,",
      'le solde en réserve statutaire, sans rémunération des parts sociales.',
    ],
  },
];

export type DemoChoice = 'yes' | 'no' | 'abstain';

/**
 * The votes of the demo: the board voted in the room at its last sitting (closed, counted);
 * the assembly's accounts are open to a remote vote ahead of the meeting, and some members
 * have already voted (public, results live).
 */
export const DEMO_VOTES = {
  board: {
    resolution: {
      title: "Convocation de l'assemblée générale ordinaire",
      text: "Le conseil d'administration arrête les comptes de l'exercice 2025, fixe l'ordre du jour de l'assemblée générale ordinaire et décide de la convoquer.",
    },
    /** Every director sitting that day arrives (who sits depends on the day the demo is seeded: terms end); their votes in turn. */
    choices: ['yes', 'yes', 'abstain', 'yes', 'yes', 'no', 'yes'] as DemoChoice[],
  },
  assemblyAhead: {
    nadia: 'yes',
    yannick: 'yes',
    sophie: 'yes',
    karim: 'abstain',
    anne: 'yes',
    pierre: 'yes',
    gael: 'no',
    mathieu: 'yes',
    'saint-malo': 'yes',
  } as Record<string, DemoChoice>,
};
