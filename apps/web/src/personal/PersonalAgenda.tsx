import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonalMeetingFieldsFragment } from '../gql/graphql';

type Item = PersonalMeetingFieldsFragment['agenda'][number];

/** The agenda as the member reads it: numbered items, indented by depth, with their proposed resolutions. */
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
        <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {agenda.map((item) => (
            <li key={item.id} style={{ paddingLeft: `${item.depth * 1}rem` }}>
              <Text fw={600}>
                {item.number} {item.title}
              </Text>
              {item.description && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                  {item.description}
                </Text>
              )}
              {item.resolutions.length > 0 && (
                <>
                  <Text size="sm" fw={500} mt={4}>
                    {t('resolutions')}
                  </Text>
                  <List size="sm" spacing={4}>
                    {item.resolutions.map((resolution) => (
                      <List.Item key={resolution.id}>
                        <Text size="sm" fw={500} span>
                          {resolution.title}
                        </Text>
                        {resolution.text && (
                          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                            {resolution.text}
                          </Text>
                        )}
                      </List.Item>
                    ))}
                  </List>
                </>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
