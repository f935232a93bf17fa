import { Anchor, Button, Card, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { BodyKind } from '../gql/graphql';
import { canManage, useOrganisation } from '../organisations/organisation-context';
import { formatDate } from '../ui/dates';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { BodiesQuery, CreateBodyMutation, UpdateBodyMutation } from './bodies.operations';
import { lastDayInOffice } from '../ui/mandate-period';
import { Dialog } from '../ui/Dialog';

const BODY_KINDS: BodyKind[] = ['generalAssembly', 'board', 'bureau', 'supervisoryBoard', 'steeringCommittee', 'workingGroup'];
const ENDING_WITHIN_DAYS = 90;

/** The organisation's bodies (general assembly first), and the mandates ending within 90 days. */
export function BodiesPage() {
  const organisation = useOrganisation();
  const { t } = useTranslation('bodies');
  const { t: common } = useTranslation('common');
  const manages = canManage(organisation);
  // An empty list carries no type for urql's cache to watch: name the ones a change refreshes.
  const context = useMemo(() => ({ additionalTypenames: ['Body', 'Mandate'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: BodiesQuery, variables: { organisationId: organisation.id, days: ENDING_WITHIN_DAYS }, context });
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const bodies = data?.bodies ?? [];
  const ending = data?.mandatesEndingWithin ?? [];
  const base = `/o/${organisation.id}/bodies`;

  return (
    <>
      <PageTitle
        title={t('list.title')}
        description={t('list.description')}
        actions={manages && <Button onClick={() => setCreating(true)}>{t('create.action')}</Button>}
      />
      <Stack gap="lg">
        <Card withBorder component="section" aria-labelledby="bodies-heading">
          <Title order={2} size="h4" mb="sm" id="bodies-heading">
            {t('list.heading')}
          </Title>
          <QueryState fetching={fetching} error={error} empty={bodies.length === 0} emptyText={t('list.empty')}>
            <Table.ScrollContainer minWidth={320}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('list.name')}</Table.Th>
                    <Table.Th>{t('list.kind')}</Table.Th>
                    {manages && <Table.Th>{t('list.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {bodies.map((body) => (
                    <Table.Tr key={body.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`${base}/${body.id}`} fw={500}>
                          {body.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{common(`bodyKinds.${body.kind}`)}</Table.Td>
                      {manages && (
                        <Table.Td>
                          <Button variant="subtle" size="xs" onClick={() => setRenaming(body)} aria-label={t('list.renameNamed', { name: body.name })}>
                            {t('list.rename')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </QueryState>
        </Card>

        <Card withBorder component="section" aria-labelledby="ending-heading">
          <Title order={2} size="h4" mb="sm" id="ending-heading">
            {t('ending.heading')}
          </Title>
          <QueryState fetching={fetching} error={error} empty={ending.length === 0} emptyText={t('ending.empty')}>
            <Table.ScrollContainer minWidth={480}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('ending.member')}</Table.Th>
                    <Table.Th>{t('ending.role')}</Table.Th>
                    <Table.Th>{t('ending.body')}</Table.Th>
                    <Table.Th>{t('ending.lastDay')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ending.map((mandate) => (
                    <Table.Tr key={mandate.id}>
                      <Table.Td>{mandate.member.name}</Table.Td>
                      <Table.Td>{common(`mandateRoles.${mandate.role}`)}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`${base}/${mandate.body.id}`}>
                          {mandate.body.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{formatDate(lastDayInOffice(mandate.end))}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </QueryState>
        </Card>
      </Stack>

      {creating && <CreateBodyModal organisationId={organisation.id} onClose={() => setCreating(false)} />}
      {renaming && <RenameBodyModal organisationId={organisation.id} body={renaming} onClose={() => setRenaming(null)} />}
    </>
  );
}

function CreateBodyModal({ organisationId, onClose }: { organisationId: string; onClose: () => void }) {
  const { t } = useTranslation('bodies');
  const { t: common } = useTranslation('common');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<BodyKind>('board');
  const [result, create] = useMutation(CreateBodyMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await create({ organisationId, input: { name, kind } });
    if (answer.data) onClose();
  };

  return (
    <Dialog opened onClose={onClose} title={t('create.title')}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <TextInput
            label={t('create.name')}
            description={t('create.nameHint')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
          />
          <Select
            label={t('create.kind')}
            required
            allowDeselect={false}
            value={kind}
            onChange={(value) => value && setKind(value)}
            data={BODY_KINDS.map((value) => ({ value, label: common(`bodyKinds.${value}`) }))}
          />
          <ErrorAlert error={result.error} />
          <Button type="submit" loading={result.fetching}>
            {t('create.submit')}
          </Button>
        </Stack>
      </form>
    </Dialog>
  );
}

function RenameBodyModal({ organisationId, body, onClose }: { organisationId: string; body: { id: string; name: string }; onClose: () => void }) {
  const { t } = useTranslation('bodies');
  const [name, setName] = useState(body.name);
  const [result, rename] = useMutation(UpdateBodyMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await rename({ organisationId, bodyId: body.id, input: { name } });
    if (answer.data) onClose();
  };

  return (
    <Dialog opened onClose={onClose} title={t('renameForm.title')}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <TextInput
            label={t('renameForm.name')}
            description={t('renameForm.hint')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
          />
          <ErrorAlert error={result.error} />
          <Button type="submit" loading={result.fetching}>
            {t('renameForm.submit')}
          </Button>
        </Stack>
      </form>
    </Dialog>
  );
}
