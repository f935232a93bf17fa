import { Anchor, Badge, Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, ResolutionView } from './agenda-view';

/** The resolutions put to the vote under an item, numbered within it, editable by those who prepare the meeting. */
export function ResolutionList({
  item,
  numbers,
  onEdit,
  onRemove,
}: {
  item: AgendaItemView;
  /** Each resolution's number across the meeting. */
  numbers: ReadonlyMap<string, number>;
  onEdit?: (resolution: ResolutionView) => void;
  onRemove?: (resolution: ResolutionView) => void;
}) {
  const { t } = useTranslation('meetings');
  if (item.resolutions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('resolutions.empty')}
      </Text>
    );
  return (
    <Stack gap={6} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('resolutions.heading')}>
      {item.resolutions.map((resolution) => {
        const number = numbers.get(resolution.id) ?? 0;
        return (
          <Box component="li" key={resolution.id} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-teal-7)' }}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                {t('resolutions.number', { number })} — {resolution.title}
              </Text>
              {resolution.proposedByBoard && (
                <Badge size="sm" variant="outline" color="teal.9" radius="sm">
                  {t('resolutions.byBoard')}
                </Badge>
              )}
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {resolution.text}
            </Text>
            {(onEdit || onRemove) && (
              <Group gap="sm">
                {onEdit && (
                  <Anchor component="button" type="button" size="sm" onClick={() => onEdit(resolution)} aria-label={t('resolutions.editNamed', { number })}>
                    {t('resolutions.edit')}
                  </Anchor>
                )}
                {onRemove && (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    c="red.9"
                    onClick={() => onRemove(resolution)}
                    aria-label={t('resolutions.removeNamed', { number })}
                  >
                    {t('resolutions.remove')}
                  </Anchor>
                )}
              </Group>
            )}
          </Box>
        );
      })}
    </Stack>
  );
}
