import { Badge, Group, Stack, Text } from '@mantine/core';
import type { VerifyFlag } from '@collegial/governance';
import { useTranslation } from 'react-i18next';

/** The preset's "À vérifier dans vos statuts" notes about a rule: a badge, and what to check. */
export function VerifyFlags({ flags }: { flags: VerifyFlag[] }) {
  const { t, i18n } = useTranslation('settings');
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  if (flags.length === 0) return null;
  return (
    <Stack gap={4}>
      {flags.map((flag) => (
        <Group key={flag.path} gap="xs" wrap="nowrap" align="flex-start">
          <Badge color="yellow.3" autoContrast variant="filled" style={{ flexShrink: 0 }}>
            {t('verify.badge')}
          </Badge>
          <Text size="sm">{flag.note[locale]}</Text>
        </Group>
      ))}
    </Stack>
  );
}
