import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonalMeetingFieldsFragment } from '../gql/graphql';

type Item = PersonalMeetingFieldsFragment['agenda'][number];

/** The agenda as the member reads it: numbered items, indented by depth. */
export function PersonalAgenda({ agenda }: { agenda: Item[] }) {
  const { t } = useTranslation('personal');
  return (
    <Card withBorder component="section" aria-labelledby="personal-agenda">
      <Title order={2} size="h4" id="personal-agenda" mb="sm">
        {t('agenda')}
      </Title>
      {agenda.length === 0 ? (
        <Text c="dimmed">{t('agendaEmpty')}</Text>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {agenda.map((item) => (
            <li key={item.number} style={{ paddingLeft: `${item.depth}rem` }}>
              <Text fw={item.depth === 0 ? 600 : 400}>
                {item.number} {item.title}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
