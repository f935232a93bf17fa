import { Badge, Stack, Text } from '@mantine/core';
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
        // The note flows beside its badge, and under it on a narrow screen.
        <Text key={flag.path} size="sm">
          <Badge component="span" color="yellow.3" autoContrast variant="filled" mr="xs">
            {t('verify.badge')}
          </Badge>
          {flag.note[locale]}
        </Text>
      ))}
    </Stack>
  );
}
