import { GovernanceError, GovernanceErrorCode } from '../governance-error';
import { BODY_KINDS, type LegalForm } from '../vocabulary';
import type { GovernanceProfile, PresetKind } from './governance-profile';
import { presetProfile } from './presets';
import { validateProfile } from './validate-profile';

/** Every field optional, at any depth; lists are replaced whole. */
export type DeepPartial<T> = T extends readonly (infer U)[] ? readonly U[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Changes to a preset: any field at any depth; `bodies.<kind>: null` removes a body. */
export type ProfileOverrides = DeepPartial<Omit<GovernanceProfile, 'version'>>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Deep merge: objects merge key by key; lists, primitives and null replace. An object
 * with a `kind` (a majority rule, a proxy cap, a renewal in parts) replaces one of
 * another kind whole, so no field of the old kind is left behind.
 */
function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(override) || !isPlainObject(base)) return override;
  if ('kind' in override && override.kind !== base.kind) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = merge(base[key], value);
  return out;
}

/**
 * A profile derived from a preset with deep overrides, validated: e.g.
 * `profileFromPreset('association', { bodies: { board: { mandate: { termMonths: 48, renewal: 'halves' } } } })`.
 * The result is a fresh, canonical profile (as validateProfile returns). Bad overrides
 * throw GovernanceError (INVALID_PROFILE, or INVALID_COLLEGE_WEIGHTS) with the dotted
 * `path` of the offending field and a message naming the preset.
 */
export function profileFromPreset(kind: LegalForm | PresetKind, overrides: ProfileOverrides = {}): GovernanceProfile {
  const preset = presetProfile(kind);
  if (!isPlainObject(overrides)) {
    throw new GovernanceError(
      GovernanceErrorCode.InvalidProfile,
      { fr: 'Les modifications du modèle doivent être un objet.', en: 'Preset overrides must be an object.' },
      '(overrides)',
    );
  }
  if ('version' in overrides) {
    throw new GovernanceError(
      GovernanceErrorCode.InvalidProfile,
      { fr: 'La version du profil ne se modifie pas.', en: 'The profile version cannot be overridden.' },
      'version',
    );
  }
  const merged = merge(preset, overrides) as Record<string, unknown>;
  const bodies = merged.bodies;
  if (isPlainObject(bodies)) {
    for (const body of BODY_KINDS) if (bodies[body] === null) delete bodies[body];
  }
  try {
    return validateProfile(merged);
  } catch (e) {
    if (!(e instanceof GovernanceError)) throw e;
    throw new GovernanceError(
      e.code,
      { fr: `Modèle « ${preset.label.fr} » modifié : ${e.messages.fr}`, en: `Preset "${preset.label.en}" with overrides: ${e.messages.en}` },
      e.path,
    );
  }
}
