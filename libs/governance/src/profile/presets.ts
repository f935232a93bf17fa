import type { LegalForm } from '../vocabulary';
import type {
  BodyRules,
  GovernanceProfile,
  MajorityRequirement,
  MajorityRule,
  MeetingMajority,
  MeetingRules,
  NoticeRules,
  PresetKind,
  QuorumRules,
  VerifyFlag,
} from './governance-profile';

/*
 * Presets: the usual figures for each kind of organisation, each citing its source.
 * Where the figure is the law's, it is given as such; where it is the usual figure of
 * model statutes, its path is listed in `verify` and must be shown to the user as
 * "à vérifier dans vos statuts / check against your statutes".
 */

const twoThirds = (): MajorityRule => ({ kind: 'fraction', fraction: '2/3', comparison: 'atLeast' });

/** The same base and rule on both convocations. */
const sameOnBoth = (requirement: MajorityRequirement, rest: Pick<MeetingMajority, 'castingVote' | 'abstention' | 'blank'>): MeetingMajority => ({
  firstConvocation: { ...requirement, rule: { ...requirement.rule } },
  secondConvocation: { ...requirement, rule: { ...requirement.rule } },
  ...rest,
});

const simpleExpressed = (castingVote = false, rule: MajorityRule = { kind: 'simple' }): MeetingMajority =>
  sameOnBoth({ base: 'expressed', rule }, { castingVote, abstention: 'notExpressed', blank: 'notExpressed' });

const quorum = (first: string | null, second: string | null): QuorumRules => ({
  countRemote: true,
  countRepresented: true,
  firstConvocation: first === null ? null : { share: first, comparison: 'atLeast' },
  secondConvocation: second === null ? null : { share: second, comparison: 'atLeast' },
});

const notice = (first: number, second: number, minDaysBeforeSecondMeeting: number | null): NoticeRules => ({
  firstConvocationDays: first,
  secondConvocationDays: second,
  counting: 'calendarDays',
  minDaysBeforeSecondMeeting,
});

const meeting = (m: Omit<MeetingRules, 'collegeWeighted'> & { collegeWeighted?: boolean }): MeetingRules => ({
  collegeWeighted: false,
  ...m,
});

const verify = (path: string, fr: string, en: string): VerifyFlag => ({ path, note: { fr, en } });

function association(): GovernanceProfile {
  const board: BodyRules = {
    ordinary: meeting({
      quorum: quorum('1/2', null),
      majority: simpleExpressed(true),
      notice: notice(7, 7, null),
      proxiesAllowed: true,
      writtenConsultation: true,
    }),
    extraordinary: null,
    mandate: { termMonths: 36, renewal: 'thirds' },
  };
  return {
    version: 1,
    legalForm: 'association',
    preset: 'association',
    label: { fr: 'Association (loi 1901)', en: 'Association (1901 law)' },
    sources: [
      {
        citation: "Loi du 1er juillet 1901 relative au contrat d'association",
        note: {
          fr: "La loi laisse l'organisation des assemblées et du conseil aux statuts : tous les chiffres de ce modèle sont des usages de statuts types.",
          en: 'The law leaves assemblies and boards to the statutes: every figure of this preset is a usual figure of model statutes.',
        },
        url: 'https://www.legifrance.gouv.fr/loda/id/LEGITEXT000006069570',
      },
    ],
    verify: [
      verify('votingRights.minimumAgeYears', 'Âge minimum pour voter (16 ans dans de nombreux statuts).', 'Minimum voting age (16 in many statutes).'),
      verify('votingRights.duesRequired', 'Cotisation à jour exigée pour voter.', 'Dues must be paid to vote.'),
      verify('proxies.cap', 'Nombre maximal de pouvoirs par mandataire (2 dans de nombreux statuts).', 'Maximum proxies per holder (2 in many statutes).'),
      verify('proxies.holder', 'Qui peut recevoir un pouvoir (membre ayant voix délibérative).', 'Who may hold a proxy (a member with a vote).'),
      verify(
        'bodies.generalAssembly.ordinary.quorum',
        'Quorum de l’AGO : un quart des membres en première convocation, aucun en seconde.',
        'Ordinary GA quorum: a quarter of members on first convocation, none on second.',
      ),
      verify(
        'bodies.generalAssembly.extraordinary.quorum',
        'Quorum de l’AGE : la moitié des membres en première convocation, aucun en seconde.',
        'Extraordinary GA quorum: half the members on first convocation, none on second.',
      ),
      verify(
        'bodies.generalAssembly.extraordinary.majority',
        'Majorité de l’AGE : deux tiers des suffrages exprimés.',
        'Extraordinary GA majority: two thirds of expressed votes.',
      ),
      verify(
        'bodies.generalAssembly.ordinary.notice',
        'Délai de convocation de l’AG : 15 jours (8 en seconde convocation).',
        'GA notice period: 15 days (8 on second convocation).',
      ),
      verify('bodies.board.ordinary.quorum', 'Quorum du conseil : la moitié des administrateurs.', 'Board quorum: half the directors.'),
      verify('bodies.board.ordinary.majority.castingVote', 'Voix prépondérante du président au conseil.', "The chair's casting vote on the board."),
      verify('bodies.board.mandate', 'Mandat des administrateurs : 3 ans, renouvellement par tiers.', 'Directors’ term: 3 years, renewed by thirds.'),
      verify('bodies.bureau.mandate', 'Mandat du bureau : 1 an.', 'Bureau term: 1 year.'),
      verify('elections', 'Élections à la majorité relative, égalité au bénéfice de l’âge.', 'Elections by plurality, ties to the oldest.'),
    ],
    votingRights: {
      minimumAgeYears: 16,
      minimumSeniorityMonths: null,
      duesRequired: true,
      joinedBeforeConvocation: true,
    },
    colleges: null,
    voteCaps: [],
    proxies: {
      holder: 'memberWithVote',
      sameCollege: false,
      cap: { kind: 'fixed', max: 2 },
      blankProxies: { allowed: true, countTowardCap: false },
    },
    elections: { method: 'plurality', tieBreak: 'oldest', collegeWeighted: false },
    bodies: {
      generalAssembly: {
        ordinary: meeting({
          quorum: quorum('1/4', null),
          majority: simpleExpressed(),
          notice: notice(15, 8, 7),
          proxiesAllowed: true,
          writtenConsultation: false,
        }),
        extraordinary: meeting({
          quorum: quorum('1/2', null),
          majority: simpleExpressed(false, twoThirds()),
          notice: notice(15, 8, 7),
          proxiesAllowed: true,
          writtenConsultation: false,
        }),
        mandate: { termMonths: null, renewal: 'whole' },
      },
      board,
      bureau: {
        ordinary: meeting({
          quorum: quorum('1/2', null),
          majority: simpleExpressed(true),
          notice: notice(7, 7, null),
          proxiesAllowed: false,
          writtenConsultation: true,
        }),
        extraordinary: null,
        mandate: { termMonths: 12, renewal: 'whole' },
      },
    },
  };
}

/** Board of a cooperative SA (code de commerce L. 225-37): half present, majority of members present or represented, chair's casting vote. */
function cooperativeBoard(termMonths: number): BodyRules {
  return {
    ordinary: meeting({
      quorum: quorum('1/2', null),
      majority: sameOnBoth({ base: 'presentAndRepresented', rule: { kind: 'simple' } }, { castingVote: true, abstention: 'against', blank: 'against' }),
      notice: notice(7, 7, null),
      proxiesAllowed: true,
      writtenConsultation: true,
    }),
    extraordinary: null,
    mandate: { termMonths, renewal: 'whole' },
  };
}

function scop(): GovernanceProfile {
  const presentAndRepresented = (rule: MajorityRule): MeetingMajority =>
    sameOnBoth({ base: 'presentAndRepresented', rule }, { castingVote: false, abstention: 'against', blank: 'against' });
  return {
    version: 1,
    legalForm: 'scop',
    preset: 'scop',
    label: { fr: 'SCOP en SA (loi n° 78-763)', en: 'SCOP, SA form (law no. 78-763)' },
    sources: [
      {
        citation: 'Loi n° 78-763 du 19 juillet 1978 portant statut des SCOP, titre III, section I (assemblées)',
        note: {
          fr: "Un associé ne peut être représenté que par un autre associé ; en sus de sa voix, nul ne dispose de plus d'une voix si la SCOP compte moins de 20 associés, ni de plus d'un vingtième des associés à partir de 20. Quorum et majorité s'apprécient sur les voix des membres présents ou représentés.",
          en: 'A member may be represented only by another member; besides their own vote no one holds more than one vote below 20 members, nor more than one twentieth of the members from 20. Quorum and majority are measured on the votes of members present or represented.',
        },
        url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000339242',
      },
      {
        citation: 'Loi n° 78-763 ; loi n° 47-1775 du 10 septembre 1947, art. 3 bis',
        note: {
          fr: 'Les associés salariés détiennent au moins 65 % des droits de vote ; les voix des autres associés sont réduites à due proportion.',
          en: 'Employee members hold at least 65 % of the votes; the votes of the other members are reduced in proportion.',
        },
      },
      {
        citation: 'Code de commerce, art. L. 225-37 (conseil d’administration de SA) et R. 225-69 (délais de convocation)',
        note: {
          fr: 'Conseil : quorum de la moitié des membres, majorité des présents ou représentés, voix prépondérante du président. AG : 15 jours en première convocation, 10 jours ensuite.',
          en: 'Board: quorum of half the members, majority of those present or represented, casting vote of the chair. GA: 15 days on first convocation, 10 days afterwards.',
        },
      },
    ],
    verify: [
      verify(
        'bodies.generalAssembly.ordinary.quorum',
        'Quorum de l’AGO : un quart des associés en première convocation, aucun en seconde (statuts types).',
        'Ordinary GA quorum: a quarter of members on first convocation, none on second (model statutes).',
      ),
      verify(
        'bodies.generalAssembly.extraordinary.quorum',
        'Quorum de l’AGE : la moitié en première convocation, un quart en seconde (statuts types).',
        'Extraordinary GA quorum: half on first convocation, a quarter on second (model statutes).',
      ),
      verify(
        'bodies.generalAssembly.extraordinary.majority',
        'Majorité de l’AGE : deux tiers des voix des associés présents ou représentés.',
        'Extraordinary GA majority: two thirds of the votes present or represented.',
      ),
      verify(
        'bodies.generalAssembly.ordinary.notice',
        'Délais de convocation : 15 jours, 10 jours en seconde convocation (SA ; SARL : voir statuts).',
        'Notice: 15 days, 10 on second convocation (SA; SARL: see statutes).',
      ),
      verify(
        'bodies.generalAssembly.ordinary.notice.minDaysBeforeSecondMeeting',
        'Intervalle minimal avant la seconde assemblée : 10 jours.',
        'Minimum interval before the second meeting: 10 days.',
      ),
      verify('proxies.blankProxies', 'Pouvoirs en blanc remis au président.', 'Blank proxies given to the chair.'),
      verify(
        'bodies.board.mandate',
        'Mandat des administrateurs : 6 ans au plus en SA ; gérants de SARL/SAS : 4 ans.',
        'Directors’ term: at most 6 years in an SA; SARL/SAS managers: 4 years.',
      ),
      verify(
        'bodies.supervisoryBoard.mandate',
        'Conseil de surveillance (obligatoire en SARL de plus de 20 associés) : mandat de 4 ans au plus.',
        'Supervisory board (required in a SARL above 20 members): term of at most 4 years.',
      ),
      verify('elections', 'Élections à la majorité relative, égalité au bénéfice de l’âge.', 'Elections by plurality, ties to the oldest.'),
    ],
    votingRights: {
      minimumAgeYears: null,
      minimumSeniorityMonths: null,
      duesRequired: false,
      joinedBeforeConvocation: true,
    },
    colleges: null,
    voteCaps: [
      {
        category: 'employee',
        label: { fr: 'associés salariés', en: 'employee members' },
        minShare: '13/20',
      },
    ],
    proxies: {
      holder: 'memberWithVote',
      sameCollege: false,
      cap: { kind: 'fractionOfMembers', fraction: '1/20', minimum: 1 },
      blankProxies: { allowed: true, countTowardCap: false },
    },
    elections: { method: 'plurality', tieBreak: 'oldest', collegeWeighted: false },
    bodies: {
      generalAssembly: {
        ordinary: meeting({
          quorum: quorum('1/4', null),
          majority: presentAndRepresented({ kind: 'simple' }),
          notice: notice(15, 10, 10),
          proxiesAllowed: true,
          writtenConsultation: false,
        }),
        extraordinary: meeting({
          quorum: quorum('1/2', '1/4'),
          majority: presentAndRepresented(twoThirds()),
          notice: notice(15, 10, 10),
          proxiesAllowed: true,
          writtenConsultation: false,
        }),
        mandate: { termMonths: null, renewal: 'whole' },
      },
      board: cooperativeBoard(72),
      supervisoryBoard: { ...cooperativeBoard(48), ordinary: { ...cooperativeBoard(48).ordinary, proxiesAllowed: false } },
    },
  };
}

/**
 * A SCOP in SARL form: the SCOP rules of loi 78-763 (proxies, employees' 65 %), with the
 * SARL majorities of the code de commerce: ordinary decisions by more than half of all
 * members on first consultation, by a majority of the votes cast on second (L. 223-29);
 * statute changes by two thirds of those present or represented, with a quorum of a
 * quarter then a fifth (L. 223-30). The gérance is no body of this profile.
 */
function scopSarl(): GovernanceProfile {
  const sa = scop();
  const againstWhenAbsent = { castingVote: false, abstention: 'against', blank: 'against' } as const;
  return {
    ...sa,
    preset: 'scopSarl',
    label: { fr: 'SCOP en SARL (loi n° 78-763, code de commerce)', en: 'SCOP, SARL form (law no. 78-763, commercial code)' },
    proxies: { ...sa.proxies, blankProxies: { allowed: true, countTowardCap: false, goesTo: 'manager' } },
    sources: [
      sa.sources[0],
      sa.sources[1],
      {
        citation: 'Code de commerce, art. L. 223-29 (décisions ordinaires des associés de SARL)',
        note: {
          fr: 'Les décisions sont adoptées par des associés représentant plus de la moitié des parts (dans une SCOP : plus de la moitié des associés, un associé une voix). À défaut, et sauf clause contraire des statuts, les associés sont convoqués ou consultés une seconde fois et les décisions sont prises à la majorité des votes émis, quel que soit le nombre des votants.',
          en: 'Decisions are adopted by members holding more than half of the shares (in a SCOP: more than half of the members, one member one vote). Failing that, and unless the statutes say otherwise, members are convened or consulted a second time and decisions are taken by a majority of the votes cast, whatever the number of voters.',
        },
        url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038799217',
      },
      {
        citation: 'Code de commerce, art. L. 223-30 (modification des statuts) et R. 223-20 (convocation quinze jours à l’avance)',
        note: {
          fr: "Modification des statuts : quorum d'un quart des associés en première convocation, d'un cinquième en seconde ; majorité des deux tiers des associés présents ou représentés. Convocation quinze jours au moins avant l'assemblée.",
          en: 'Changes to the statutes: quorum of a quarter of members on first convocation, a fifth on second; majority of two thirds of those present or represented. Convocation at least fifteen days before the meeting.',
        },
      },
    ],
    verify: [
      verify(
        'bodies.generalAssembly.ordinary.majority.firstConvocation',
        'Première consultation : plus de la moitié de tous les associés (L. 223-29), sauf statuts plus exigeants.',
        'First consultation: more than half of all members (L. 223-29), unless the statutes ask more.',
      ),
      verify(
        'bodies.generalAssembly.ordinary.majority.secondConvocation',
        'Seconde consultation : majorité des votes émis (L. 223-29) ; beaucoup de statuts de SCOP retiennent la majorité des associés présents ou représentés.',
        'Second consultation: majority of the votes cast (L. 223-29); many SCOP statutes use a majority of members present or represented.',
      ),
      verify(
        'bodies.generalAssembly.ordinary.quorum',
        'Pas de quorum légal pour les décisions ordinaires de SARL ; certains statuts de SCOP en fixent un.',
        'No legal quorum for ordinary SARL decisions; some SCOP statutes set one.',
      ),
      verify(
        'bodies.generalAssembly.extraordinary.quorum',
        'Quorum de l’AGE : un quart en première convocation, un cinquième en seconde (L. 223-30, SARL constituées depuis 2005).',
        'Extraordinary GA quorum: a quarter on first convocation, a fifth on second (L. 223-30, SARLs formed since 2005).',
      ),
      verify(
        'bodies.generalAssembly.extraordinary.majority',
        'Majorité de l’AGE : deux tiers des associés présents ou représentés (L. 223-30).',
        'Extraordinary GA majority: two thirds of the members present or represented (L. 223-30).',
      ),
      verify(
        'bodies.generalAssembly.ordinary.notice',
        'Convocation quinze jours au moins avant l’assemblée (R. 223-20), en première comme en seconde convocation.',
        'Convocation at least fifteen days ahead (R. 223-20), on first as on second convocation.',
      ),
      verify(
        'bodies.generalAssembly.ordinary.writtenConsultation',
        'Consultation écrite possible si les statuts la prévoient, sauf pour l’approbation des comptes (L. 223-27).',
        'Written consultation possible when the statutes provide for it, except to approve the accounts (L. 223-27).',
      ),
      verify('proxies.blankProxies', 'Pouvoirs en blanc remis au gérant.', 'Blank proxies given to the manager (gérant).'),
      verify(
        'bodies.supervisoryBoard',
        'Conseil de surveillance obligatoire au-delà de 20 associés : mandat de 4 ans au plus.',
        'Supervisory board required above 20 members: term of at most 4 years.',
      ),
      verify('elections', 'Élections à la majorité relative, égalité au bénéfice de l’âge.', 'Elections by plurality, ties to the oldest.'),
    ],
    bodies: {
      generalAssembly: {
        ordinary: meeting({
          quorum: quorum(null, null),
          majority: {
            firstConvocation: { base: 'allMembers', rule: { kind: 'simple' } },
            secondConvocation: { base: 'expressed', rule: { kind: 'simple' } },
            castingVote: false,
            abstention: 'notExpressed',
            blank: 'notExpressed',
          },
          notice: notice(15, 15, null),
          proxiesAllowed: true,
          writtenConsultation: false,
        }),
        extraordinary: meeting({
          quorum: quorum('1/4', '1/5'),
          majority: sameOnBoth({ base: 'presentAndRepresented', rule: twoThirds() }, againstWhenAbsent),
          notice: notice(15, 15, null),
          proxiesAllowed: true,
          writtenConsultation: false,
        }),
        mandate: { termMonths: null, renewal: 'whole' },
      },
      supervisoryBoard: { ...cooperativeBoard(48), ordinary: { ...cooperativeBoard(48).ordinary, proxiesAllowed: false } },
    },
  };
}

function scic(): GovernanceProfile {
  return {
    version: 1,
    legalForm: 'scic',
    preset: 'scic',
    label: { fr: 'SCIC (loi n° 47-1775)', en: 'SCIC (law no. 47-1775)' },
    sources: [
      {
        citation: 'Loi n° 47-1775 du 10 septembre 1947, art. 19 octies',
        note: {
          fr: 'Les statuts peuvent répartir les associés en collèges ; chaque collège dispose de 10 % au moins et de 50 % au plus des droits de vote.',
          en: 'The statutes may group members in colleges; each college holds at least 10 % and at most 50 % of the votes.',
        },
        url: 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000006294540',
      },
      {
        citation: 'Loi n° 47-1775, art. 19 quinquies à 19 sexdecies ; code de commerce (SA, SAS ou SARL)',
        note: {
          fr: 'Le reste (quorum, majorités, délais) suit la forme commerciale et les statuts ; les chiffres sont ceux des statuts types.',
          en: 'The rest (quorum, majorities, notice) follows the company form and the statutes; figures are those of model statutes.',
        },
      },
    ],
    verify: [
      verify(
        'colleges.colleges',
        'Collèges et poids : ceux de vos statuts (exemple : salariés 40 %, usagers 30 %, collectivités 20 %, partenaires 10 %).',
        'Colleges and weights: those of your statutes (example: employees 40 %, users 30 %, public bodies 20 %, partners 10 %).',
      ),
      verify(
        'colleges.emptyCollege',
        'Collège sans suffrage exprimé : poids réparti entre les autres au prorata.',
        'College without expressed votes: weight shared among the others in proportion.',
      ),
      verify(
        'bodies.generalAssembly.ordinary.quorum',
        'Quorum de l’AGO (compté par tête, non pondéré) : un cinquième en première convocation, aucun en seconde.',
        'Ordinary GA quorum (by heads, not weighted): a fifth on first convocation, none on second.',
      ),
      verify(
        'bodies.generalAssembly.extraordinary.quorum',
        'Quorum de l’AGE : un tiers en première convocation, un quart en seconde.',
        'Extraordinary GA quorum: a third on first convocation, a quarter on second.',
      ),
      verify(
        'bodies.generalAssembly.extraordinary.majority',
        'Majorité de l’AGE : deux tiers des suffrages exprimés pondérés.',
        'Extraordinary GA majority: two thirds of weighted expressed votes.',
      ),
      verify(
        'bodies.generalAssembly.ordinary.notice',
        'Délais de convocation : 15 jours, 10 en seconde convocation.',
        'Notice: 15 days, 10 on second convocation.',
      ),
      verify('proxies.cap', 'Nombre maximal de pouvoirs par mandataire.', 'Maximum proxies per holder.'),
      verify('bodies.board.mandate', 'Mandat des administrateurs : 3 ans (6 au plus en SA).', 'Directors’ term: 3 years (at most 6 in an SA).'),
      verify('elections.collegeWeighted', 'Élections pondérées par collège.', 'Elections weighted by college.'),
    ],
    votingRights: {
      minimumAgeYears: null,
      minimumSeniorityMonths: null,
      duesRequired: false,
      joinedBeforeConvocation: true,
    },
    colleges: {
      colleges: [
        { id: 'employees', name: 'salariés', weight: '2/5' },
        { id: 'users', name: 'usagers', weight: '3/10' },
        { id: 'publicBodies', name: 'collectivités', weight: '1/5' },
        { id: 'partners', name: 'partenaires', weight: '1/10' },
      ],
      bounds: { min: '1/10', max: '1/2' },
      emptyCollege: 'redistribute',
    },
    voteCaps: [],
    proxies: {
      holder: 'memberWithVote',
      sameCollege: false,
      cap: { kind: 'fixed', max: 2 },
      blankProxies: { allowed: true, countTowardCap: false },
    },
    elections: { method: 'plurality', tieBreak: 'oldest', collegeWeighted: true },
    bodies: {
      generalAssembly: {
        ordinary: meeting({
          quorum: quorum('1/5', null),
          majority: simpleExpressed(),
          notice: notice(15, 10, 10),
          proxiesAllowed: true,
          writtenConsultation: false,
          collegeWeighted: true,
        }),
        extraordinary: meeting({
          quorum: quorum('1/3', '1/4'),
          majority: simpleExpressed(false, twoThirds()),
          notice: notice(15, 10, 10),
          proxiesAllowed: true,
          writtenConsultation: false,
          collegeWeighted: true,
        }),
        mandate: { termMonths: null, renewal: 'whole' },
      },
      board: cooperativeBoard(36),
    },
  };
}

function steeringCommittee(): GovernanceProfile {
  return {
    version: 1,
    legalForm: 'other',
    preset: 'steeringCommittee',
    label: { fr: 'Comité de pilotage', en: 'Steering committee' },
    sources: [
      {
        citation: 'Convention ou charte du comité (pas de texte légal)',
        note: {
          fr: "Aucune loi ne régit un comité de pilotage : ses règles sont celles de la convention qui l'institue ; tous les chiffres sont à vérifier.",
          en: 'No law governs a steering committee: its rules are those of the agreement that sets it up; every figure must be checked.',
        },
      },
    ],
    verify: [
      verify(
        'bodies.steeringCommittee.ordinary.quorum',
        'Quorum : la moitié des membres en première convocation, aucun en seconde.',
        'Quorum: half the members on first convocation, none on second.',
      ),
      verify(
        'bodies.steeringCommittee.ordinary.majority',
        'Majorité simple des suffrages exprimés, voix prépondérante du président.',
        "Simple majority of expressed votes, chair's casting vote.",
      ),
      verify('bodies.steeringCommittee.ordinary.notice', 'Délai de convocation : 15 jours.', 'Notice: 15 days.'),
      verify('proxies', 'Un pouvoir au plus par membre, à un autre membre.', 'At most one proxy per member, to another member.'),
      verify(
        'bodies.steeringCommittee.mandate',
        'Membres siégeant sans durée fixe (au titre de leur fonction).',
        'Members sit with no fixed term (by virtue of their office).',
      ),
    ],
    votingRights: {
      minimumAgeYears: null,
      minimumSeniorityMonths: null,
      duesRequired: false,
      joinedBeforeConvocation: false,
    },
    colleges: null,
    voteCaps: [],
    proxies: {
      holder: 'member',
      sameCollege: false,
      cap: { kind: 'fixed', max: 1 },
      blankProxies: { allowed: false, countTowardCap: false },
    },
    elections: { method: 'plurality', tieBreak: 'oldest', collegeWeighted: false },
    bodies: {
      steeringCommittee: {
        ordinary: meeting({
          quorum: quorum('1/2', null),
          majority: simpleExpressed(true),
          notice: notice(15, 8, 7),
          proxiesAllowed: true,
          writtenConsultation: true,
        }),
        extraordinary: null,
        mandate: { termMonths: null, renewal: 'whole' },
      },
      workingGroup: {
        ordinary: meeting({
          quorum: quorum(null, null),
          majority: simpleExpressed(),
          notice: notice(7, 7, null),
          proxiesAllowed: false,
          writtenConsultation: true,
        }),
        extraordinary: null,
        mandate: { termMonths: null, renewal: 'whole' },
      },
    },
  };
}

const BUILDERS: Record<PresetKind, () => GovernanceProfile> = {
  association,
  scop,
  scopSarl,
  scic,
  steeringCommittee,
};

/** The presets, by kind. */
export const PRESET_KINDS: readonly PresetKind[] = ['association', 'scop', 'scopSarl', 'scic', 'steeringCommittee'];

/**
 * A fresh preset profile (a new object each call, safe to modify). 'other' returns the
 * association preset with legalForm 'other'; 'scop' is the SA form, 'scopSarl' the SARL form.
 */
export function presetProfile(kind: LegalForm | PresetKind): GovernanceProfile {
  if (kind === 'other') return { ...association(), legalForm: 'other' };
  const build = BUILDERS[kind];
  if (!build) {
    // Unreachable for typed callers; kept for JSON input.
    return { ...association(), legalForm: 'other' };
  }
  return build();
}
