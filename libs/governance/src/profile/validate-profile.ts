import { validateCollegeWeights } from '../college-weighting';
import { GovernanceError, GovernanceErrorCode } from '../governance-error';
import { Rational } from '../rational';
import { renewalParts } from './profile-access';
import { BODY_KINDS, LEGAL_FORMS, type BodyKind } from '../vocabulary';
import type {
  BodyRules,
  CollegeDefinition,
  CollegeRules,
  GovernanceProfile,
  MandateRules,
  MajorityRequirement,
  MajorityRules,
  MeetingMajority,
  MeetingRules,
  PresetKind,
  ProxyCap,
  ProxyRules,
  QuorumRules,
  RenewalRule,
  SourceReference,
  Threshold,
  VerifyFlag,
  VoteCap,
  VotingRightsRules,
} from './governance-profile';

/*
 * validateProfile: unknown JSON in, a checked GovernanceProfile out (a fresh copy, with
 * fractions rewritten in canonical form "2/5"). Unknown keys are refused, so a typo in a
 * stored profile is found rather than ignored. Every problem throws INVALID_PROFILE (or
 * INVALID_COLLEGE_WEIGHTS) with the dotted path of the offending field.
 */

type Obj = Record<string, unknown>;

function problem(path: string, fr: string, en: string): never {
  throw new GovernanceError(GovernanceErrorCode.InvalidProfile, { fr: `Profil invalide, « ${path} » : ${fr}`, en: `Invalid profile, "${path}": ${en}` }, path);
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function object(v: unknown, path: string, keys: readonly string[], optional: readonly string[] = []): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    problem(path || '(racine)', 'un objet est attendu.', 'an object is expected.');
  }
  const o = v as Obj;
  for (const k of Object.keys(o)) {
    if (!keys.includes(k) && !optional.includes(k)) {
      problem(join(path, k), 'champ inconnu.', 'unknown field.');
    }
  }
  for (const k of keys) {
    if (!(k in o) || o[k] === undefined) problem(join(path, k), 'champ manquant.', 'missing field.');
  }
  return o;
}

function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') problem(path, 'vrai ou faux attendu.', 'a boolean is expected.');
  return v;
}

function text(v: unknown, path: string): string {
  if (typeof v !== 'string' || v.trim() === '') problem(path, 'un texte non vide est attendu.', 'a non-empty string is expected.');
  return v;
}

function oneOf<T extends string>(v: unknown, path: string, values: readonly T[]): T {
  if (typeof v !== 'string' || !values.includes(v as T)) {
    problem(
      path,
      `valeur attendue parmi ${values.join(', ')} (reçu : ${JSON.stringify(v)}).`,
      `expected one of ${values.join(', ')} (got ${JSON.stringify(v)}).`,
    );
  }
  return v as T;
}

function integer(v: unknown, path: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    problem(
      path,
      `un entier entre ${min} et ${max} est attendu (reçu : ${JSON.stringify(v)}).`,
      `an integer between ${min} and ${max} is expected (got ${JSON.stringify(v)}).`,
    );
  }
  return v;
}

function nullable<T>(v: unknown, read: (x: unknown) => T): T | null {
  return v === null ? null : read(v);
}

function rational(v: unknown, path: string, min: Rational, max: Rational, minOpen = false): string {
  if (typeof v !== 'string')
    problem(path, 'une fraction écrite en texte est attendue (ex. « 2/3 »).', 'a fraction written as a string is expected (e.g. "2/3").');
  let r: Rational;
  try {
    r = Rational.parse(v);
  } catch {
    return problem(path, `« ${v} » n'est pas une fraction valide.`, `"${v}" is not a valid fraction.`);
  }
  if (r.lt(min) || r.gt(max) || (minOpen && r.equals(min))) {
    problem(
      path,
      `${r.toPercent('fr')} est hors de ${minOpen ? ']' : '['}${min.toPercent('fr')} ; ${max.toPercent('fr')}].`,
      `${r.toPercent('en')} is outside ${minOpen ? '(' : '['}${min.toPercent('en')}, ${max.toPercent('en')}].`,
    );
  }
  return r.toString();
}

function bilingual(v: unknown, path: string): { fr: string; en: string } {
  const o = object(v, path, ['fr', 'en']);
  return { fr: text(o.fr, join(path, 'fr')), en: text(o.en, join(path, 'en')) };
}

function array(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) problem(path, 'une liste est attendue.', 'a list is expected.');
  return v;
}

const share01 = (v: unknown, path: string): string => rational(v, path, Rational.ZERO, Rational.ONE);
const positiveShare = (v: unknown, path: string): string => rational(v, path, Rational.ZERO, Rational.ONE, true);

function threshold(v: unknown, path: string): Threshold {
  const o = object(v, path, ['share', 'comparison']);
  return {
    share: share01(o.share, join(path, 'share')),
    comparison: oneOf(o.comparison, join(path, 'comparison'), ['atLeast', 'moreThan'] as const),
  };
}

function quorumRules(v: unknown, path: string): QuorumRules {
  const o = object(v, path, ['countRemote', 'countRepresented', 'firstConvocation', 'secondConvocation'], ['perCollege']);
  const rules: QuorumRules = {
    countRemote: bool(o.countRemote, join(path, 'countRemote')),
    countRepresented: bool(o.countRepresented, join(path, 'countRepresented')),
    firstConvocation: nullable(o.firstConvocation, (x) => threshold(x, join(path, 'firstConvocation'))),
    secondConvocation: nullable(o.secondConvocation, (x) => threshold(x, join(path, 'secondConvocation'))),
  };
  if (o.perCollege !== undefined) {
    const pp = join(path, 'perCollege');
    rules.perCollege = nullable(o.perCollege, (x) => {
      const pc = object(x, pp, ['firstConvocation', 'secondConvocation']);
      return {
        firstConvocation: nullable(pc.firstConvocation, (y) => threshold(y, join(pp, 'firstConvocation'))),
        secondConvocation: nullable(pc.secondConvocation, (y) => threshold(y, join(pp, 'secondConvocation'))),
      };
    });
  }
  return rules;
}

const MEANINGS = ['notExpressed', 'against', 'consent'] as const;

function majorityRequirement(o: Obj, path: string): MajorityRequirement {
  const rulePath = join(path, 'rule');
  const r = object(o.rule, rulePath, ['kind'], ['fraction', 'comparison']);
  const kind = oneOf(r.kind, join(rulePath, 'kind'), ['simple', 'fraction'] as const);
  const rule: MajorityRules['rule'] =
    kind === 'simple'
      ? (object(o.rule, rulePath, ['kind']), { kind })
      : {
          kind,
          fraction: positiveShare(r.fraction, join(rulePath, 'fraction')),
          comparison: oneOf(r.comparison, join(rulePath, 'comparison'), ['atLeast', 'moreThan'] as const),
        };
  return {
    base: oneOf(o.base, join(path, 'base'), ['expressed', 'voters', 'presentAndRepresented', 'allMembers'] as const),
    rule,
  };
}

/**
 * A meeting's majority: base and rule per convocation. The shape stored before
 * majorities depended on the convocation ({ base, rule, castingVote, abstention, blank })
 * is read as the same majority on both convocations.
 */
function meetingMajority(v: unknown, path: string): MeetingMajority {
  const shared = ['castingVote', 'abstention', 'blank'];
  const legacy = typeof v === 'object' && v !== null && !Array.isArray(v) && 'base' in v;
  const o = object(v, path, legacy ? ['base', 'rule', ...shared] : ['firstConvocation', 'secondConvocation', ...shared], ['nonParticipants']);
  const requirement = (x: unknown, p: string): MajorityRequirement => majorityRequirement(object(x, p, ['base', 'rule']), p);
  const first = legacy ? majorityRequirement(o, path) : requirement(o.firstConvocation, join(path, 'firstConvocation'));
  const second = legacy ? majorityRequirement(o, path) : requirement(o.secondConvocation, join(path, 'secondConvocation'));
  const majority: MeetingMajority = {
    firstConvocation: first,
    secondConvocation: second,
    castingVote: bool(o.castingVote, join(path, 'castingVote')),
    abstention: oneOf(o.abstention, join(path, 'abstention'), MEANINGS),
    blank: oneOf(o.blank, join(path, 'blank'), MEANINGS),
  };
  if (o.nonParticipants !== undefined) majority.nonParticipants = oneOf(o.nonParticipants, join(path, 'nonParticipants'), ['notCounted', 'consent'] as const);
  return majority;
}

function meetingRules(v: unknown, path: string, hasColleges: boolean): MeetingRules {
  const o = object(v, path, ['quorum', 'majority', 'notice', 'collegeWeighted', 'proxiesAllowed', 'writtenConsultation']);
  const np = join(path, 'notice');
  const n = object(o.notice, np, ['firstConvocationDays', 'secondConvocationDays', 'counting', 'minDaysBeforeSecondMeeting']);
  const collegeWeighted = bool(o.collegeWeighted, join(path, 'collegeWeighted'));
  if (collegeWeighted && !hasColleges) {
    problem(
      join(path, 'collegeWeighted'),
      'pondération par collège demandée, mais le profil ne définit aucun collège.',
      'college weighting requested but the profile defines no college.',
    );
  }
  return {
    quorum: quorumRules(o.quorum, join(path, 'quorum')),
    majority: meetingMajority(o.majority, join(path, 'majority')),
    notice: {
      firstConvocationDays: integer(n.firstConvocationDays, join(np, 'firstConvocationDays'), 0, 366),
      secondConvocationDays: integer(n.secondConvocationDays, join(np, 'secondConvocationDays'), 0, 366),
      counting: oneOf(n.counting, join(np, 'counting'), ['calendarDays', 'clearDays'] as const),
      minDaysBeforeSecondMeeting: nullable(n.minDaysBeforeSecondMeeting, (x) => integer(x, join(np, 'minDaysBeforeSecondMeeting'), 0, 366)),
    },
    collegeWeighted,
    proxiesAllowed: bool(o.proxiesAllowed, join(path, 'proxiesAllowed')),
    writtenConsultation: bool(o.writtenConsultation, join(path, 'writtenConsultation')),
  };
}

function bodyRules(v: unknown, path: string, hasColleges: boolean): BodyRules {
  const o = object(v, path, ['ordinary', 'extraordinary', 'mandate']);
  const mp = join(path, 'mandate');
  const m = object(o.mandate, mp, ['termMonths', 'renewal'], ['termEnds']);
  const termMonths = nullable(m.termMonths, (x) => integer(x, join(mp, 'termMonths'), 1, 1200));
  const rp = join(mp, 'renewal');
  let renewal: RenewalRule;
  if (typeof m.renewal === 'object' && m.renewal !== null) {
    const r = object(m.renewal, rp, ['kind', 'parts']);
    oneOf(r.kind, join(rp, 'kind'), ['parts'] as const);
    renewal = { kind: 'parts', parts: integer(r.parts, join(rp, 'parts'), 1, 12) };
  } else {
    renewal = oneOf(m.renewal, rp, ['whole', 'halves', 'thirds'] as const);
  }
  const parts = renewalParts(renewal);
  if (parts > 1 && (termMonths === null || termMonths % parts !== 0)) {
    const fr = parts === 2 ? 'par moitié' : parts === 3 ? 'par tiers' : `en ${parts} parts`;
    const en = parts === 2 ? 'by halves' : parts === 3 ? 'by thirds' : `in ${parts} parts`;
    problem(
      join(mp, 'termMonths'),
      `un renouvellement ${fr} demande une durée de mandat multiple de ${parts} mois.`,
      `renewal ${en} needs a term that is a multiple of ${parts} months.`,
    );
  }
  const mandate: MandateRules = { termMonths, renewal };
  if (m.termEnds !== undefined) mandate.termEnds = oneOf(m.termEnds, join(mp, 'termEnds'), ['anniversary', 'ordinaryAssembly'] as const);
  return {
    ordinary: meetingRules(o.ordinary, join(path, 'ordinary'), hasColleges),
    extraordinary: nullable(o.extraordinary, (x) => meetingRules(x, join(path, 'extraordinary'), hasColleges)),
    mandate,
  };
}

function collegeRules(v: unknown, path: string): CollegeRules {
  const o = object(v, path, ['colleges', 'bounds', 'emptyCollege'], ['minimumMembers']);
  const lp = join(path, 'colleges');
  const ids = new Set<string>();
  const merges: { at: string; into: string }[] = [];
  const colleges = array(o.colleges, lp).map((c, i) => {
    const cp = join(lp, i);
    const co = object(c, cp, ['id', 'name', 'weight'], ['mergeInto', 'blockVote']);
    const id = text(co.id, join(cp, 'id'));
    if (ids.has(id)) problem(join(cp, 'id'), `identifiant de collège en double : « ${id} ».`, `duplicate college id: "${id}".`);
    ids.add(id);
    const college: CollegeDefinition = { id, name: text(co.name, join(cp, 'name')), weight: positiveShare(co.weight, join(cp, 'weight')) };
    if (co.mergeInto !== undefined) {
      college.mergeInto = text(co.mergeInto, join(cp, 'mergeInto'));
      merges.push({ at: join(cp, 'mergeInto'), into: college.mergeInto });
      if (college.mergeInto === id) problem(join(cp, 'mergeInto'), 'un collège ne peut pas fusionner avec lui-même.', 'a college cannot merge into itself.');
    }
    if (co.blockVote !== undefined) college.blockVote = threshold(co.blockVote, join(cp, 'blockVote'));
    return college;
  });
  for (const m of merges) {
    if (!ids.has(m.into)) problem(m.at, `collège inconnu : « ${m.into} ».`, `unknown college: "${m.into}".`);
  }
  const minimumMembers = o.minimumMembers === undefined ? undefined : nullable(o.minimumMembers, (x) => integer(x, join(path, 'minimumMembers'), 1, 1_000_000));
  const bp = join(path, 'bounds');
  const bounds = nullable(o.bounds, (x) => {
    const b = object(x, bp, ['min', 'max']);
    const min = share01(b.min, join(bp, 'min'));
    const max = share01(b.max, join(bp, 'max'));
    if (Rational.parse(min).gt(Rational.parse(max))) problem(bp, 'le minimum dépasse le maximum.', 'min is above max.');
    return { min, max };
  });
  validateCollegeWeights(
    colleges.map((c) => ({ name: c.name, weight: Rational.parse(c.weight) })),
    bounds ? { min: Rational.parse(bounds.min), max: Rational.parse(bounds.max) } : { min: Rational.ZERO, max: Rational.ONE },
    lp,
  );
  const rules: CollegeRules = {
    colleges,
    bounds,
    emptyCollege: oneOf(o.emptyCollege, join(path, 'emptyCollege'), ['redistribute', 'countAsAgainst'] as const),
  };
  if (minimumMembers !== undefined) rules.minimumMembers = minimumMembers;
  return rules;
}

function voteCap(v: unknown, path: string): VoteCap {
  const o = object(v, path, ['category', 'label'], ['minShare', 'maxShare']);
  const cap: VoteCap = { category: text(o.category, join(path, 'category')), label: bilingual(o.label, join(path, 'label')) };
  const open = (x: unknown, p: string): string => {
    const s = positiveShare(x, p);
    if (Rational.parse(s).equals(1)) problem(p, 'une part strictement inférieure à 100 % est attendue.', 'a share below 100% is expected.');
    return s;
  };
  if (o.minShare !== undefined) cap.minShare = open(o.minShare, join(path, 'minShare'));
  if (o.maxShare !== undefined) cap.maxShare = open(o.maxShare, join(path, 'maxShare'));
  if (cap.minShare === undefined && cap.maxShare === undefined) {
    problem(path, 'minShare ou maxShare est attendu.', 'minShare or maxShare is expected.');
  }
  return cap;
}

function proxyRules(v: unknown, path: string): ProxyRules {
  const o = object(v, path, ['holder', 'sameCollege', 'cap', 'blankProxies']);
  const cp = join(path, 'cap');
  const c = object(o.cap, cp, ['kind'], ['max', 'fraction', 'minimum']);
  const kind = oneOf(c.kind, join(cp, 'kind'), ['none', 'fixed', 'fractionOfMembers'] as const);
  let cap: ProxyCap;
  if (kind === 'none') {
    object(o.cap, cp, ['kind']);
    cap = { kind };
  } else if (kind === 'fixed') {
    object(o.cap, cp, ['kind', 'max']);
    cap = { kind, max: integer(c.max, join(cp, 'max'), 0, 1_000_000) };
  } else {
    object(o.cap, cp, ['kind', 'fraction', 'minimum']);
    cap = { kind, fraction: positiveShare(c.fraction, join(cp, 'fraction')), minimum: integer(c.minimum, join(cp, 'minimum'), 0, 1_000_000) };
  }
  const bp = join(path, 'blankProxies');
  const b = object(o.blankProxies, bp, ['allowed', 'countTowardCap'], ['goesTo']);
  const blankProxies: ProxyRules['blankProxies'] = {
    allowed: bool(b.allowed, join(bp, 'allowed')),
    countTowardCap: bool(b.countTowardCap, join(bp, 'countTowardCap')),
  };
  if (b.goesTo !== undefined) blankProxies.goesTo = oneOf(b.goesTo, join(bp, 'goesTo'), ['chair', 'president', 'manager'] as const);
  return {
    holder: oneOf(o.holder, join(path, 'holder'), ['memberWithVote', 'member', 'memberOrFamily'] as const),
    sameCollege: bool(o.sameCollege, join(path, 'sameCollege')),
    cap,
    blankProxies,
  };
}

function votingRights(vr: Obj): VotingRightsRules {
  const rules: VotingRightsRules = {
    minimumAgeYears: nullable(vr.minimumAgeYears, (x) => integer(x, 'votingRights.minimumAgeYears', 0, 130)),
    minimumSeniorityMonths: nullable(vr.minimumSeniorityMonths, (x) => integer(x, 'votingRights.minimumSeniorityMonths', 0, 1200)),
    duesRequired: bool(vr.duesRequired, 'votingRights.duesRequired'),
    joinedBeforeConvocation: bool(vr.joinedBeforeConvocation, 'votingRights.joinedBeforeConvocation'),
  };
  if (vr.minorsVoteThroughRepresentative !== undefined) {
    rules.minorsVoteThroughRepresentative = bool(vr.minorsVoteThroughRepresentative, 'votingRights.minorsVoteThroughRepresentative');
  }
  if (vr.seniorityComparison !== undefined) {
    rules.seniorityComparison = oneOf(vr.seniorityComparison, 'votingRights.seniorityComparison', ['atLeast', 'moreThan'] as const);
  }
  return rules;
}

const PRESETS: readonly PresetKind[] = ['association', 'scop', 'scopSarl', 'scic', 'steeringCommittee'];

/**
 * Checks unknown input (e.g. jsonb from the database, JSON from GraphQL) and returns a
 * GovernanceProfile. Throws GovernanceError INVALID_PROFILE naming the offending path and
 * the problem in French and English, or INVALID_COLLEGE_WEIGHTS when college weights are
 * out of bounds or do not sum to 100 %.
 */
export function validateProfile(input: unknown): GovernanceProfile {
  const o = object(input, '', [
    'version',
    'legalForm',
    'preset',
    'label',
    'sources',
    'verify',
    'votingRights',
    'colleges',
    'voteCaps',
    'proxies',
    'elections',
    'bodies',
  ]);
  if (o.version !== 1) problem('version', 'seule la version 1 est connue.', 'only version 1 is known.');
  const colleges = nullable(o.colleges, (x) => collegeRules(x, 'colleges'));
  const vr = object(
    o.votingRights,
    'votingRights',
    ['minimumAgeYears', 'minimumSeniorityMonths', 'duesRequired', 'joinedBeforeConvocation'],
    ['minorsVoteThroughRepresentative', 'seniorityComparison'],
  );
  const el = object(o.elections, 'elections', ['method', 'tieBreak', 'collegeWeighted']);
  const electionWeighted = bool(el.collegeWeighted, 'elections.collegeWeighted');
  if (electionWeighted && !colleges) {
    problem(
      'elections.collegeWeighted',
      'élections pondérées par collège, mais le profil ne définit aucun collège.',
      'elections weighted by college but the profile defines no college.',
    );
  }
  const bodiesInput = object(o.bodies, 'bodies', [], BODY_KINDS);
  const bodies: Partial<Record<BodyKind, BodyRules>> = {};
  for (const kind of BODY_KINDS) {
    if (bodiesInput[kind] !== undefined) bodies[kind] = bodyRules(bodiesInput[kind], `bodies.${kind}`, colleges !== null);
  }
  const sources: SourceReference[] = array(o.sources, 'sources').map((s, i) => {
    const p = `sources[${i}]`;
    const so = object(s, p, ['citation', 'note'], ['url']);
    const ref: SourceReference = { citation: text(so.citation, `${p}.citation`), note: bilingual(so.note, `${p}.note`) };
    if (so.url !== undefined) ref.url = text(so.url, `${p}.url`);
    return ref;
  });
  const verify: VerifyFlag[] = array(o.verify, 'verify').map((f, i) => {
    const p = `verify[${i}]`;
    const fo = object(f, p, ['path', 'note']);
    return { path: text(fo.path, `${p}.path`), note: bilingual(fo.note, `${p}.note`) };
  });
  return {
    version: 1,
    legalForm: oneOf(o.legalForm, 'legalForm', LEGAL_FORMS),
    preset: nullable(o.preset, (x) => oneOf(x, 'preset', PRESETS)),
    label: bilingual(o.label, 'label'),
    sources,
    verify,
    votingRights: votingRights(vr),
    colleges,
    voteCaps: array(o.voteCaps, 'voteCaps').map((c, i) => voteCap(c, `voteCaps[${i}]`)),
    proxies: proxyRules(o.proxies, 'proxies'),
    elections: {
      method: oneOf(el.method, 'elections.method', ['plurality', 'absoluteThenPlurality'] as const),
      tieBreak: oneOf(el.tieBreak, 'elections.tieBreak', ['oldest', 'youngest', 'lot'] as const),
      collegeWeighted: electionWeighted,
    },
    bodies,
  };
}
