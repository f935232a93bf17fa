import { Button, Card, Divider, Flex, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleGroup, RuleRow } from './profile-rules';
import { VerifyFlags } from './VerifyFlags';

/** A rule as a sentence of the statutes, its flags, and (for those who may) the action that edits it. */
function RuleLine({ row, onEdit }: { row: RuleRow; onEdit?: (row: RuleRow) => void }) {
  const { t } = useTranslation('settings');
  const sentence = t('sentence', { title: row.text.title, rule: row.text.rule });
  return (
    <Stack gap={6}>
      {/* The edit action beside its sentence, under it on a phone. */}
      <Flex direction={{ base: 'column', sm: 'row' }} justify="space-between" align="flex-start" gap="sm">
        <Text>
          <Text span fw={600}>
            {row.text.title}
          </Text>
          {sentence.slice(row.text.title.length)}
        </Text>
        {onEdit && (
          <Button variant="default" size="xs" onClick={() => onEdit(row)} aria-label={t('editRule', { title: row.text.title })} style={{ flexShrink: 0 }}>
            {t('edit')}
          </Button>
        )}
      </Flex>
      <VerifyFlags flags={row.flags} />
    </Stack>
  );
}

/** The rules of one body, or the general ones. */
export function RuleGroupCard({ group, onEdit }: { group: RuleGroup; onEdit?: (row: RuleRow) => void }) {
  const { t } = useTranslation('settings');
  const { t: common } = useTranslation('common');
  return (
    <Card withBorder component="section" aria-labelledby={`rules-${group.key}`}>
      <Title order={2} size="h4" mb="sm" id={`rules-${group.key}`}>
        {group.key === 'general' ? t('sections.general') : common(`bodyKinds.${group.key}`)}
      </Title>
      <Stack gap="sm">
        <VerifyFlags flags={group.flags} />
        {group.rows.map((row, index) => (
          <Fragment key={row.key}>
            {index > 0 && <Divider />}
            <RuleLine row={row} onEdit={onEdit} />
          </Fragment>
        ))}
      </Stack>
    </Card>
  );
}
