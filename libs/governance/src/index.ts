/**
 * @collegial/governance — the rules of collective governance as pure functions of plain
 * data: profiles and presets, quorum, resolution results with college weighting,
 * proxies, voting rights, elections, mandates, convocations. No I/O, no floats in any
 * decision. See README.md.
 */
export { GovernanceError, GovernanceErrorCode, type Bilingual, type Locale } from './governance-error';
export * from './rational';
export * from './plain-date';
export * from './seeded-random';
export * from './vocabulary';
export * from './explanations/format';
export * from './profile/governance-profile';
export * from './profile/presets';
export * from './profile/validate-profile';
export * from './profile/profile-from-preset';
export * from './profile/profile-access';
export * from './college-weighting';
export * from './quorum';
export * from './resolution-result';
export * from './voting-rights';
export * from './proxies';
export * from './elections';
export * from './mandates';
export * from './notice-period';
export * from './written-consultation';
export * from './choice-result';
