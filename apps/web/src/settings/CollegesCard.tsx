import { ActionIcon, Alert, Button, Card, Flex, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import type { GovernanceProfile, VerifyFlag } from '@collegial/governance';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { QueryState } from '../ui/QueryState';
import { checkColleges, type CollegeDraft } from './college-check';
import { CollegesQuery, SetCollegesMutation } from './settings.operations';
import { VerifyFlags } from './VerifyFlags';
import { notifyDone } from '../ui/notify';

let nextKey = 0;
const newKey = () => `new-${++nextKey}`;

/** The colleges and their weights, checked as they are typed; all saved at once (they must sum to 100 %). */
export function CollegesCard({
  organisationId,
  profile,
  flags,
  editable,
  onSaved,
}: {
  organisationId: string;
  profile: GovernanceProfile;
  flags: VerifyFlag[];
  editable: boolean;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('settings');
  const { t: common } = useTranslation('common');
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  const [colleges] = useQuery({ query: CollegesQuery, variables: { organisationId } });
  const [drafts, setDrafts] = useState<CollegeDraft[] | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [result, setColleges] = useMutation(SetCollegesMutation);
  const stored = colleges.data?.colleges;

  useEffect(() => {
    if (stored && drafts === null) setDrafts(stored.map((c) => ({ key: c.id, id: c.id, name: c.name, weight: c.weightPercent })));
  }, [stored, drafts]);

  const check = useMemo(() => checkColleges(drafts ?? [], profile, locale, t('colleges.nameRequired')), [drafts, profile, locale, t]);
  const change = (index: number, patch: Partial<CollegeDraft>) => {
    setRefusal(null);
    setDrafts((current) => (current ?? []).map((draft, i) => (i === index ? { ...draft, ...patch } : draft)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!drafts) return;
    if (!check.valid) {
      const first = [...check.rows.values()][0];
      setRefusal(t('colleges.fixFirst', { problem: check.overall ?? first?.weight ?? first?.name ?? '' }));
      return;
    }
    const answer = await setColleges({ organisationId, colleges: drafts.map(({ id, name, weight }) => ({ id, name: name.trim(), weight })) });
    if (answer.data) {
      setDrafts(answer.data.setColleges.map((c) => ({ key: c.id, id: c.id, name: c.name, weight: c.weightPercent })));
      notifyDone(t('colleges.saved'));
      onSaved();
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="settings-colleges">
      <Title order={2} size="h4" mb={4} id="settings-colleges">
        {t('sections.colleges')}
      </Title>
      <Text c="dimmed" size="sm" mb="sm">
        {t('colleges.intro')}
      </Text>
      <Stack gap="sm">
        <VerifyFlags flags={flags} />
        <QueryState fetching={colleges.fetching} error={colleges.error} empty={!drafts?.length && !editable} emptyText={t('colleges.empty')}>
          {!editable ? (
            <List>
              {stored?.map((college) => (
                <List.Item key={college.id}>
                  {college.name} — {college.weightPercent}
                </List.Item>
              ))}
            </List>
          ) : (
            <form onSubmit={(e) => void submit(e)} noValidate>
              <Stack gap="sm">
                {drafts?.length === 0 && <Text c="dimmed">{t('colleges.empty')}</Text>}
                {drafts?.map((draft, index) => {
                  const problem = check.rows.get(index);
                  return (
                    <Flex key={draft.key} direction={{ base: 'column', sm: 'row' }} gap="xs">
                      <TextInput
                        style={{ flex: 2 }}
                        label={t('colleges.name', { index: index + 1 })}
                        value={draft.name}
                        error={problem?.name}
                        onChange={(e) => change(index, { name: e.currentTarget.value })}
                      />
                      <Group align="flex-start" wrap="nowrap" gap="xs" style={{ flex: 1 }}>
                        <TextInput
                          style={{ flex: 1 }}
                          label={t('colleges.weight', { index: index + 1 })}
                          placeholder={t('colleges.weightHint')}
                          value={draft.weight}
                          error={problem?.weight}
                          onChange={(e) => change(index, { weight: e.currentTarget.value })}
                        />
                        <ActionIcon
                          variant="subtle"
                          color="red.8"
                          mt={28}
                          size="lg"
                          aria-label={t('colleges.remove', { index: index + 1 })}
                          onClick={() => setDrafts((current) => (current ?? []).filter((_, i) => i !== index))}
                        >
                          ×
                        </ActionIcon>
                      </Group>
                    </Flex>
                  );
                })}
                <Text fw={600} role="status">
                  {t('colleges.total', { total: check.total })}
                </Text>
                {check.overall && <Text c="red.8">{check.overall}</Text>}
                {refusal && (
                  <Alert color="red" role="alert">
                    {refusal}
                  </Alert>
                )}
                <ErrorAlert error={result.error} />
                <Group>
                  <Button variant="default" onClick={() => setDrafts((current) => [...(current ?? []), { key: newKey(), name: '', weight: '' }])}>
                    {t('colleges.add')}
                  </Button>
                  <Button type="submit" loading={result.fetching}>
                    {common('save')}
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </QueryState>
      </Stack>
    </Card>
  );
}
