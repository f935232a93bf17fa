import { Alert, Button, Group, Stack } from '@mantine/core';
import type { GovernanceProfile } from '@collegial/governance';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CollegeRulesEditor } from './editors/CollegeRulesEditor';
import { ElectionsEditor } from './editors/ElectionsEditor';
import { MajorityEditor } from './editors/MajorityEditor';
import { MandateEditor } from './editors/MandateEditor';
import { MeetingOptionsEditor } from './editors/MeetingOptionsEditor';
import { NoticeEditor } from './editors/NoticeEditor';
import { ProxiesEditor } from './editors/ProxiesEditor';
import { QuorumEditor } from './editors/QuorumEditor';
import { VotingRightsEditor } from './editors/VotingRightsEditor';
import { profileWith, valueAt, type RuleRow } from './profile-rules';
import { useProfileSave } from './use-profile-save';
import { Dialog } from '../ui/Dialog';
import { notifyDone } from '../ui/notify';

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment -- each kind of rule has its editor for the value at its path */
function EditorFor({ row, draft, setDraft, weighted }: { row: RuleRow; draft: any; setDraft: (value: any) => void; weighted: boolean }) {
  const props = { value: draft, onChange: setDraft };
  switch (row.kind) {
    case 'quorum':
      return <QuorumEditor {...props} />;
    case 'majority':
      return <MajorityEditor {...props} />;
    case 'notice':
      return <NoticeEditor {...props} />;
    case 'meetingOptions':
      return <MeetingOptionsEditor {...props} weighted={weighted} />;
    case 'mandate':
      return <MandateEditor {...props} />;
    case 'proxies':
      return <ProxiesEditor {...props} />;
    case 'votingRights':
      return <VotingRightsEditor {...props} />;
    case 'elections':
      return <ElectionsEditor {...props} weighted={weighted} />;
    case 'collegeRules':
      return <CollegeRulesEditor {...props} />;
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment */

/** A small form for one rule, in a dialog: checked by libs/governance before it is sent, then by the api. */
export function RuleEditor({
  organisationId,
  profile,
  row,
  onClose,
}: {
  organisationId: string;
  profile: GovernanceProfile;
  row: RuleRow;
  onClose: () => void;
}) {
  const { t } = useTranslation('settings');
  const { t: common } = useTranslation('common');
  const [draft, setDraft] = useState<unknown>(() => structuredClone(valueAt(profile, row.path)));
  const { save, problem, saving } = useProfileSave(organisationId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save(profileWith(profile, row.path, draft))) {
      notifyDone(t('saved'));
      onClose();
    }
  };

  return (
    <Dialog opened onClose={onClose} title={row.text.title} size="lg" fullScreenOnPhone={false}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <EditorFor row={row} draft={draft} setDraft={setDraft} weighted={profile.colleges !== null} />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {common('cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {common('save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
