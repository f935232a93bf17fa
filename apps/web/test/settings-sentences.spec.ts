import i18next from 'i18next';
import { presetProfile, type Locale } from '@collegial/governance';
import type { Describer } from '../src/settings/describe/describer';
import { describeMajority } from '../src/settings/describe/describe-majority';
import { describeMandate } from '../src/settings/describe/describe-mandate';
import { describeNotice } from '../src/settings/describe/describe-notice';
import { describeProxies } from '../src/settings/describe/describe-proxies';
import { describeQuorum } from '../src/settings/describe/describe-quorum';
import { settingsMessages } from '../src/settings/settings.messages';

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  lng: 'fr',
  resources: { fr: { settings: settingsMessages.fr }, en: { settings: settingsMessages.en } },
  interpolation: { escapeValue: false },
});
const describer = (locale: Locale): Describer => ({ locale, t: i18n.getFixedT(locale, 'settings') });
const fr = describer('fr');
const en = describer('en');
const sentence = (d: Describer, text: { title: string; rule: string }) => d.t('sentence', text);

describe('the governance profile read as statutes', () => {
  it('reads a quorum in French and in English, fractions in words', () => {
    const quorum = { ...presetProfile('scic').bodies.generalAssembly!.ordinary.quorum, firstConvocation: { share: '1/4', comparison: 'atLeast' as const } };
    expect(sentence(fr, describeQuorum(fr, 'generalAssembly', 'ordinary', quorum))).toBe(
      'Quorum de l’AG ordinaire : un quart des membres sur première convocation, aucun sur seconde',
    );
    expect(sentence(en, describeQuorum(en, 'generalAssembly', 'ordinary', quorum))).toBe(
      'Quorum of the ordinary GA: a quarter of the members on first convocation, none on second',
    );
  });

  it('elides "de" before a vowel and keeps other fractions as figures', () => {
    const quorum = {
      ...presetProfile('scic').bodies.generalAssembly!.extraordinary!.quorum,
      firstConvocation: { share: '1/3', comparison: 'moreThan' as const },
      secondConvocation: { share: '3/7', comparison: 'atLeast' as const },
    };
    expect(describeQuorum(fr, 'generalAssembly', 'extraordinary', quorum).rule).toBe(
      'plus d’un tiers des membres sur première convocation, 3/7 des membres sur seconde',
    );
  });

  it('reads a SCIC’s extraordinary majority as two thirds of the votes cast', () => {
    const majority = presetProfile('scic').bodies.generalAssembly!.extraordinary!.majority;
    expect(sentence(fr, describeMajority(fr, 'generalAssembly', 'extraordinary', majority))).toBe(
      'Majorité de l’AG extraordinaire : deux tiers des voix exprimées',
    );
    expect(sentence(en, describeMajority(en, 'generalAssembly', 'extraordinary', majority))).toBe(
      'Majority of the extraordinary GA: two thirds of the votes cast',
    );
  });

  it('reads a SARL-form SCOP’s majority convocation by convocation', () => {
    const majority = presetProfile('scopSarl').bodies.generalAssembly!.ordinary.majority;
    expect(describeMajority(fr, 'generalAssembly', 'ordinary', majority).rule).toBe(
      'plus de la moitié de tous les membres sur première convocation, plus de la moitié des voix exprimées sur seconde',
    );
  });

  it('reads notice periods, terms of mandates and proxies', () => {
    const scic = presetProfile('scic');
    expect(describeNotice(fr, 'generalAssembly', 'ordinary', scic.bodies.generalAssembly!.ordinary.notice).rule).toBe(
      '15 jours à l’avance (10 jours sur seconde convocation) ; seconde réunion au moins 10 jours après la première',
    );
    expect(sentence(fr, describeMandate(fr, 'board', { termMonths: 36, renewal: 'thirds' }))).toBe(
      'Mandats du conseil d’administration : 3 ans, renouvelés par tiers',
    );
    expect(describeMandate(en, 'board', { termMonths: 18, renewal: 'whole' }).rule).toBe('18 months, renewed all at once');
    expect(describeProxies(fr, scic.proxies).rule).toBe(
      '2 au plus par mandataire ; confiés à un membre ayant droit de vote ; pouvoirs en blanc admis, remis au président de séance',
    );
    expect(describeProxies(fr, presetProfile('scop').proxies).rule).toMatch(/^un vingtième des membres votants au plus par mandataire \(au moins 1\)/);
  });
});
