import { Stack, Switch, TextInput } from '@mantine/core';
import type { BlankProxyRecipient, ProxyCap, ProxyRules } from '@collegial/governance';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';
import { OptionSelect, WholeNumber } from './fields';

const CAP_KINDS: ProxyCap['kind'][] = ['none', 'fixed', 'fractionOfMembers'];
const HOLDERS: ProxyRules['holder'][] = ['memberWithVote', 'member', 'memberOrFamily'];
const RECIPIENTS: BlankProxyRecipient[] = ['chair', 'president', 'manager'];

function capOfKind(kind: ProxyCap['kind']): ProxyCap {
  if (kind === 'none') return { kind };
  if (kind === 'fixed') return { kind, max: 1 };
  return { kind, fraction: '1/20', minimum: 1 };
}

export function ProxiesEditor({ value, onChange }: EditorProps<ProxyRules>) {
  const { t } = useTranslation('settings');
  const { cap, blankProxies: blank } = value;
  return (
    <Stack>
      <OptionSelect
        label={t('fields.capKind')}
        options={CAP_KINDS}
        labels="fields.capKinds"
        value={cap.kind}
        onChange={(kind) => onChange({ ...value, cap: capOfKind(kind) })}
      />
      {cap.kind === 'fixed' && <WholeNumber label={t('fields.capMax')} value={cap.max} onChange={(max) => onChange({ ...value, cap: { ...cap, max } })} />}
      {cap.kind === 'fractionOfMembers' && (
        <>
          <TextInput
            label={t('fields.capFraction')}
            description={t('fields.fractionHint')}
            value={cap.fraction}
            onChange={(e) => onChange({ ...value, cap: { ...cap, fraction: e.currentTarget.value } })}
          />
          <WholeNumber label={t('fields.capMinimum')} value={cap.minimum} onChange={(minimum) => onChange({ ...value, cap: { ...cap, minimum } })} />
        </>
      )}
      <OptionSelect
        label={t('fields.holder')}
        options={HOLDERS}
        labels="fields.holders"
        value={value.holder}
        onChange={(holder) => onChange({ ...value, holder })}
      />
      <Switch label={t('fields.sameCollege')} checked={value.sameCollege} onChange={(e) => onChange({ ...value, sameCollege: e.currentTarget.checked })} />
      <Switch
        label={t('fields.blankAllowed')}
        checked={blank.allowed}
        onChange={(e) => onChange({ ...value, blankProxies: { ...blank, allowed: e.currentTarget.checked } })}
      />
      {blank.allowed && (
        <>
          <OptionSelect
            label={t('fields.blankGoesTo')}
            options={RECIPIENTS}
            labels="fields.blankRecipients"
            value={blank.goesTo ?? 'chair'}
            onChange={(goesTo) => onChange({ ...value, blankProxies: { ...blank, goesTo } })}
          />
          <Switch
            label={t('fields.blankCountTowardCap')}
            checked={blank.countTowardCap}
            onChange={(e) => onChange({ ...value, blankProxies: { ...blank, countTowardCap: e.currentTarget.checked } })}
          />
        </>
      )}
    </Stack>
  );
}
