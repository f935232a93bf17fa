import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import type { GovernanceProfile, VerifyFlag } from '@collegial/governance';
import { useTranslation } from 'react-i18next';
import { VerifyFlags } from './VerifyFlags';

/** Where the starting rules come from: the preset, each legal source with its reference, and flags no rule shows. */
export function SourcesCard({ profile, otherFlags }: { profile: GovernanceProfile; otherFlags: VerifyFlag[] }) {
  const { t, i18n } = useTranslation('settings');
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  return (
    <Card withBorder component="section" aria-labelledby="settings-sources">
      <Title order={2} size="h4" mb="sm" id="settings-sources">
        {t('sections.sources')}
      </Title>
      <Stack gap="sm">
        <Text>{profile.preset ? t('sources.preset', { label: profile.label[locale] }) : t('sources.custom')}</Text>
        <List spacing="sm">
          {profile.sources.map((source) => (
            <List.Item key={source.citation}>
              <Text fw={600}>{source.citation}</Text>
              <Text size="sm">{source.note[locale]}</Text>
              {source.url && (
                <Anchor href={source.url} target="_blank" rel="noreferrer" size="sm" aria-label={t('sources.linkOf', { citation: source.citation })}>
                  {t('sources.link')}
                </Anchor>
              )}
            </List.Item>
          ))}
        </List>
        <VerifyFlags flags={otherFlags} />
      </Stack>
    </Card>
  );
}
