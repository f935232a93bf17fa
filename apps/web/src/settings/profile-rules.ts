import { BODY_KINDS, MEETING_KINDS, type BodyKind, type GovernanceProfile, type VerifyFlag } from '@collegial/governance';
import type { Describer, RuleText } from './describe/describer';
import { describeCollegeRules } from './describe/describe-colleges';
import { describeElections } from './describe/describe-elections';
import { describeMajority } from './describe/describe-majority';
import { describeMandate } from './describe/describe-mandate';
import { describeMeetingOptions } from './describe/describe-meeting-options';
import { describeNotice } from './describe/describe-notice';
import { describeProxies } from './describe/describe-proxies';
import { describeQuorum } from './describe/describe-quorum';
import { describeVotingRights } from './describe/describe-voting-rights';

/** The kinds of rule a person edits one at a time; each has its own small form. */
export type RuleKind = 'quorum' | 'majority' | 'notice' | 'meetingOptions' | 'mandate' | 'proxies' | 'votingRights' | 'elections' | 'collegeRules';

/** One rule of the profile, as shown: its sentence, where it sits in the profile, the flags that concern it. */
export interface RuleRow {
  key: string;
  kind: RuleKind;
  /** Where the edited value sits in the profile (dotted path). */
  path: string;
  text: RuleText;
  flags: VerifyFlag[];
}

/** The rules of one body (or the organisation's general rules), with the flags about the whole body. */
export interface RuleGroup {
  key: BodyKind | 'general';
  flags: VerifyFlag[];
  rows: RuleRow[];
}

const concerns = (flag: VerifyFlag, path: string) => flag.path === path || flag.path.startsWith(`${path}.`);
const flagsOf = (profile: GovernanceProfile, paths: string[]) => profile.verify.filter((flag) => paths.some((path) => concerns(flag, path)));

function row(profile: GovernanceProfile, kind: RuleKind, path: string, text: RuleText, flagPaths: string[] = [path]): RuleRow {
  return { key: path + ':' + kind, kind, path, text, flags: flagsOf(profile, flagPaths) };
}

/** Every rule of the profile, by body then the general ones, in the order statutes give them. */
export function profileRules(d: Describer, profile: GovernanceProfile): RuleGroup[] {
  const groups: RuleGroup[] = [];
  for (const body of BODY_KINDS) {
    const rules = profile.bodies[body];
    if (!rules) continue;
    const rows: RuleRow[] = [];
    for (const kind of MEETING_KINDS) {
      const meeting = kind === 'ordinary' ? rules.ordinary : rules.extraordinary;
      if (!meeting) continue;
      const at = `bodies.${body}.${kind}`;
      rows.push(
        row(profile, 'quorum', `${at}.quorum`, describeQuorum(d, body, kind, meeting.quorum)),
        row(profile, 'majority', `${at}.majority`, describeMajority(d, body, kind, meeting.majority)),
        row(profile, 'notice', `${at}.notice`, describeNotice(d, body, kind, meeting.notice)),
        row(profile, 'meetingOptions', at, describeMeetingOptions(d, body, kind, meeting), [
          `${at}.proxiesAllowed`,
          `${at}.writtenConsultation`,
          `${at}.collegeWeighted`,
        ]),
      );
    }
    // Every member sits in the general assembly: its "mandates" have no term to show.
    if (body !== 'generalAssembly' || rules.mandate.termMonths !== null) {
      rows.push(row(profile, 'mandate', `bodies.${body}.mandate`, describeMandate(d, body, rules.mandate)));
    }
    groups.push({ key: body, rows, flags: profile.verify.filter((flag) => flag.path === `bodies.${body}`) });
  }
  const general: RuleRow[] = [
    row(profile, 'votingRights', 'votingRights', describeVotingRights(d, profile.votingRights)),
    row(profile, 'proxies', 'proxies', describeProxies(d, profile.proxies)),
    row(profile, 'elections', 'elections', describeElections(d, profile.elections)),
  ];
  if (profile.colleges) {
    general.push(
      row(profile, 'collegeRules', 'colleges', describeCollegeRules(d, profile.colleges), [
        'colleges.bounds',
        'colleges.emptyCollege',
        'colleges.minimumMembers',
      ]),
    );
  }
  groups.push({ key: 'general', rows: general, flags: [] });
  return groups;
}

/** The flags about the list of colleges and their weights (shown beside the colleges). */
export const collegeListFlags = (profile: GovernanceProfile) => flagsOf(profile, ['colleges.colleges']);

/** Flags no rule shows (a profile may flag what this page does not describe): listed with the sources. */
export function otherFlags(profile: GovernanceProfile, groups: RuleGroup[]): VerifyFlag[] {
  const shown = new Set([...groups.flatMap((g) => [...g.flags, ...g.rows.flatMap((r) => r.flags)]), ...collegeListFlags(profile)]);
  return profile.verify.filter((flag) => !shown.has(flag));
}

/** A copy of the profile with the value at a dotted path replaced. */
export function profileWith(profile: GovernanceProfile, path: string, value: unknown): GovernanceProfile {
  const copy = structuredClone(profile) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy as unknown as GovernanceProfile;
}

/** The value at a dotted path. */
export function valueAt<T>(profile: GovernanceProfile, path: string): T {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], profile) as T;
}
