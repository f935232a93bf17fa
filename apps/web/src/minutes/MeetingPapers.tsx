import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingTabProps } from '../meetings/meeting-tab-props';
import { MemberPicker, type MemberChoice } from '../members/MemberPicker';
import { download } from './download';

/** The papers of a meeting to print: the attendance sheet, the convocations to post, a member's proxy form. */
export function MeetingPapers({ organisationId, meeting }: MeetingTabProps) {
  const { t } = useTranslation('minutes');
  const [member, setMember] = useState<MemberChoice | null>(null);
  const base = `/api/meetings/${encodeURIComponent(meeting.id)}`;
  return (
    <Card withBorder component="section" aria-labelledby="meeting-papers">
      <Title order={2} size="h4" id="meeting-papers" mb="sm">
        {t('papers.title')}
      </Title>
      <Stack gap="sm">
        <Group wrap="wrap">
          <Button variant="default" onClick={() => void download(`${base}/attendance-sheet.pdf`, 'feuille-de-presence.pdf')}>
            {t('papers.attendance')}
          </Button>
          <Button variant="default" onClick={() => void download(`${base}/postal-convocations.pdf`, 'convocations-courrier.pdf')}>
            {t('papers.postal')}
          </Button>
        </Group>
        <Group align="flex-end" wrap="wrap">
          <div style={{ flex: 1, minWidth: 220 }}>
            <MemberPicker organisationId={organisationId} label={t('papers.proxyMember')} value={member} onChange={setMember} />
          </div>
          <Button
            variant="default"
            disabled={!member}
            onClick={() => member && void download(`${base}/proxy-form.pdf?memberId=${encodeURIComponent(member.id)}`, 'pouvoir.pdf')}
          >
            {t('papers.proxy')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
