import { Fieldset, Group, Stack, Switch, TextInput } from '@mantine/core';
import type { Comparison, MajorityBase, MajorityRequirement, MeetingMajority, NonExpressedMeaning } from '@collegial/governance';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';
import { OptionSelect } from './fields';

const BASES: MajorityBase[] = ['expressed', 'voters', 'presentAndRepresented', 'allMembers'];
const RULES = ['simple', 'fraction'] as const;
const COMPARISONS: Comparison[] = ['atLeast', 'moreThan'];
const MEANINGS: NonExpressedMeaning[] = ['notExpressed', 'against', 'consent'];

function RequirementField({ legend, value, onChange }: { legend: string } & EditorProps<MajorityRequirement>) {
  const { t } = useTranslation('settings');
  const { rule } = value;
  return (
    <Fieldset legend={legend}>
      <Stack gap="xs">
        <OptionSelect label={t('fields.base')} options={BASES} labels="majority.bases" value={value.base} onChange={(base) => onChange({ ...value, base })} />
        <OptionSelect
          label={t('fields.rule')}
          options={RULES}
          labels="fields.rules"
          value={rule.kind}
          onChange={(kind) =>
            onChange({
              ...value,
              rule: kind === 'simple' ? { kind } : { kind, fraction: rule.kind === 'fraction' ? rule.fraction : '2/3', comparison: 'atLeast' },
            })
          }
        />
        {rule.kind === 'fraction' && (
          <Group grow align="flex-start">
            <OptionSelect
              label={t('fields.comparison')}
              options={COMPARISONS}
              labels="fields.comparisons"
              value={rule.comparison}
              onChange={(comparison) => onChange({ ...value, rule: { ...rule, comparison } })}
            />
            <TextInput
              label={t('fields.share')}
              description={t('fields.fractionHint')}
              value={rule.fraction}
              onChange={(e) => onChange({ ...value, rule: { ...rule, fraction: e.currentTarget.value } })}
            />
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}

export function MajorityEditor({ value, onChange }: EditorProps<MeetingMajority>) {
  const { t } = useTranslation('settings');
  return (
    <Stack>
      <RequirementField
        legend={t('fields.firstConvocation')}
        value={value.firstConvocation}
        onChange={(firstConvocation) => onChange({ ...value, firstConvocation })}
      />
      <RequirementField
        legend={t('fields.secondConvocation')}
        value={value.secondConvocation}
        onChange={(secondConvocation) => onChange({ ...value, secondConvocation })}
      />
      <OptionSelect
        label={t('fields.abstention')}
        options={MEANINGS}
        labels="fields.nonExpressed"
        value={value.abstention}
        onChange={(abstention) => onChange({ ...value, abstention })}
      />
      <OptionSelect
        label={t('fields.blank')}
        options={MEANINGS}
        labels="fields.nonExpressed"
        value={value.blank}
        onChange={(blank) => onChange({ ...value, blank })}
      />
      <Switch label={t('fields.castingVote')} checked={value.castingVote} onChange={(e) => onChange({ ...value, castingVote: e.currentTarget.checked })} />
    </Stack>
  );
}
