import { ActionIcon, Button, Card, Group, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MinutesFieldsFragment, MinutesLocale } from '../gql/graphql';
import { MemberPicker, type MemberChoice } from '../members/MemberPicker';
import { ErrorAlert } from '../ui/ErrorAlert';
import { notifyDone } from '../ui/notify';
import { UpdateMinutesMutation } from './minutes.operations';

interface IncidentDraft {
  time: string;
  description: string;
  durationMinutes: string;
}

const choice = (officer: { memberId: string; name: string } | null | undefined): MemberChoice | null =>
  officer ? { id: officer.memberId, name: officer.name } : null;

/** The secretariat's form over a draft: the officers, who convened, each item's debate, the technical incidents. */
export function MinutesEditor({ organisationId, minutes }: { organisationId: string; minutes: MinutesFieldsFragment }) {
  const { t } = useTranslation('minutes');
  const [chair, setChair] = useState(choice(minutes.chair));
  const [secretary, setSecretary] = useState(choice(minutes.secretary));
  const [scrutineers, setScrutineers] = useState<(MemberChoice | null)[]>(minutes.scrutineers.map(choice));
  const [convenedBy, setConvenedBy] = useState(minutes.convenedBy ?? '');
  const [locale, setLocale] = useState<MinutesLocale>(minutes.locale);
  const [summaries, setSummaries] = useState<Record<string, string>>(Object.fromEntries(minutes.items.map((item) => [item.agendaItemId, item.summary ?? ''])));
  const [incidents, setIncidents] = useState<IncidentDraft[]>(
    minutes.incidents.map((incident) => ({ ...incident, durationMinutes: incident.durationMinutes?.toString() ?? '' })),
  );
  const [saving, update] = useMutation(UpdateMinutesMutation);

  const setIncident = (index: number, change: Partial<IncidentDraft>) =>
    setIncidents((all) => all.map((incident, i) => (i === index ? { ...incident, ...change } : incident)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await update({
      organisationId,
      minutesId: minutes.id,
      input: {
        chairMemberId: chair?.id ?? null,
        secretaryMemberId: secretary?.id ?? null,
        scrutineerMemberIds: scrutineers.filter((member): member is MemberChoice => member !== null).map((member) => member.id),
        convenedBy: convenedBy.trim() || null,
        locale,
        summaries: minutes.items.map((item) => ({ agendaItemId: item.agendaItemId, summary: summaries[item.agendaItemId] ?? '' })),
        incidents: incidents.map((incident) => ({
          time: incident.time.trim(),
          description: incident.description.trim(),
          durationMinutes: incident.durationMinutes.trim() ? Number(incident.durationMinutes) : null,
        })),
      },
    });
    if (outcome.data) notifyDone(t('editor.saved'));
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t('editor.title')}>
      <Stack gap="lg">
        <Card withBorder component="fieldset" style={{ margin: 0 }}>
          <Text component="legend" fw={700} size="lg">
            {t('editor.officers')}
          </Text>
          <Stack gap="sm">
            <MemberPicker organisationId={organisationId} label={t('editor.chair')} value={chair} onChange={setChair} />
            <MemberPicker organisationId={organisationId} label={t('editor.secretary')} value={secretary} onChange={setSecretary} />
            <Text fw={600} size="sm">
              {t('editor.scrutineers')}
            </Text>
            {scrutineers.map((scrutineer, index) => (
              <Group key={index} align="flex-end" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <MemberPicker
                    organisationId={organisationId}
                    label={t('editor.scrutineer', { number: index + 1 })}
                    value={scrutineer}
                    onChange={(member) => setScrutineers((all) => all.map((other, i) => (i === index ? member : other)))}
                  />
                </div>
                <Button variant="subtle" color="red" onClick={() => setScrutineers((all) => all.filter((_, i) => i !== index))}>
                  {t('editor.removeScrutineer', { name: scrutineer?.name ?? t('editor.scrutineer', { number: index + 1 }) })}
                </Button>
              </Group>
            ))}
            <Button variant="default" style={{ alignSelf: 'flex-start' }} onClick={() => setScrutineers((all) => [...all, null])}>
              {t('editor.addScrutineer')}
            </Button>
            <TextInput
              label={t('editor.convenedBy')}
              description={t('editor.convenedByHint')}
              value={convenedBy}
              maxLength={300}
              onChange={(event) => setConvenedBy(event.currentTarget.value)}
            />
            <Text fw={600} size="sm" id="minutes-locale">
              {t('editor.locale')}
            </Text>
            <SegmentedControl
              aria-labelledby="minutes-locale"
              value={locale}
              onChange={(value) => setLocale(value)}
              data={[
                { value: 'fr', label: 'Français' },
                { value: 'en', label: 'English' },
              ]}
              style={{ alignSelf: 'flex-start' }}
            />
          </Stack>
        </Card>

        <Card withBorder component="section" aria-labelledby="minutes-items">
          <Title order={3} size="h4" id="minutes-items" mb="sm">
            {t('editor.items')}
          </Title>
          <Stack gap="md">
            {minutes.items.map((item) => (
              <Textarea
                key={item.agendaItemId}
                label={t('editor.summary', { number: item.number, title: item.title })}
                description={t('editor.summaryHint')}
                autosize
                minRows={3}
                value={summaries[item.agendaItemId] ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setSummaries((all) => ({ ...all, [item.agendaItemId]: value }));
                }}
              />
            ))}
          </Stack>
        </Card>

        <Card withBorder component="section" aria-labelledby="minutes-incidents">
          <Title order={3} size="h4" id="minutes-incidents" mb="sm">
            {t('editor.incidents')}
          </Title>
          <Stack gap="md">
            {incidents.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('editor.noIncidents')}
              </Text>
            )}
            {incidents.map((incident, index) => (
              <Card key={index} withBorder component="fieldset" style={{ margin: 0 }}>
                <Text component="legend" fw={600} size="sm">
                  {t('editor.incident', { number: index + 1 })}
                </Text>
                <Group align="flex-end" wrap="wrap">
                  <TextInput
                    label={t('editor.incidentTime')}
                    value={incident.time}
                    required
                    pattern="[0-2][0-9]:[0-5][0-9]"
                    w={120}
                    onChange={(event) => setIncident(index, { time: event.currentTarget.value })}
                  />
                  <TextInput
                    label={t('editor.incidentDuration')}
                    value={incident.durationMinutes}
                    inputMode="numeric"
                    w={150}
                    onChange={(event) => setIncident(index, { durationMinutes: event.currentTarget.value })}
                  />
                  <TextInput
                    label={t('editor.incidentDescription')}
                    value={incident.description}
                    required
                    style={{ flex: 1, minWidth: 200 }}
                    onChange={(event) => setIncident(index, { description: event.currentTarget.value })}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('editor.removeIncident', { number: index + 1 })}
                    onClick={() => setIncidents((all) => all.filter((_, i) => i !== index))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </Card>
            ))}
            <Button
              variant="default"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => setIncidents((all) => [...all, { time: '', description: '', durationMinutes: '' }])}
            >
              {t('editor.addIncident')}
            </Button>
          </Stack>
        </Card>

        <ErrorAlert error={saving.error} />
        <Button type="submit" loading={saving.fetching} style={{ alignSelf: 'flex-start' }}>
          {t('editor.save')}
        </Button>
      </Stack>
    </form>
  );
}
