import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { DocumentFieldsFragment } from '../gql/graphql';
import { canManage, useOrganisation } from '../organisations/organisation-context';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { DOCUMENT_KINDS } from './document-kinds';
import { DocumentRow } from './DocumentRow';
import { DocumentUploadDialog } from './DocumentUploadDialog';
import { LibraryDocumentsQuery, SearchDocumentsQuery } from './documents.operations';
import { HighlightedExcerpt } from './HighlightedExcerpt';

type Uploading = { mode: 'new' } | { mode: 'version'; document: DocumentFieldsFragment };

/** The governance library: statutes, internal rules, minutes… by kind, and a French full-text search over them. */
export function LibraryPage() {
  const organisation = useOrganisation();
  const { t } = useTranslation('documents');
  const manages = canManage(organisation);
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [typed, setTyped] = useState(query);
  const [uploading, setUploading] = useState<Uploading | null>(null);
  const context = useMemo(() => ({ additionalTypenames: ['Document', 'DocumentVersion'] }), []);
  const [library, reloadLibrary] = useQuery({ query: LibraryDocumentsQuery, variables: { organisationId: organisation.id }, context });
  const [search, reloadSearch] = useQuery({
    query: SearchDocumentsQuery,
    variables: { organisationId: organisation.id, query },
    pause: !query.trim(),
    context,
  });
  const documents = library.data?.libraryDocuments ?? [];
  const hits = search.data?.searchDocuments ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(typed.trim() ? { q: typed.trim() } : {}, { replace: true });
  };
  const reload = () => {
    reloadLibrary({ requestPolicy: 'network-only' });
    if (query.trim()) reloadSearch({ requestPolicy: 'network-only' });
  };
  const newVersion = manages ? (document: DocumentFieldsFragment) => () => setUploading({ mode: 'version', document }) : () => undefined;

  return (
    <>
      <PageTitle
        title={t('library.title')}
        description={t('library.description')}
        actions={manages && <Button onClick={() => setUploading({ mode: 'new' })}>{t('upload')}</Button>}
      />
      <Stack gap="lg">
        <form onSubmit={submit} role="search">
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('library.searchLabel')}
              placeholder={t('library.searchPlaceholder')}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              type="search"
              maxLength={200}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Button type="submit">{t('common:search')}</Button>
            {query && (
              <Button
                variant="default"
                onClick={() => {
                  setTyped('');
                  setParams({}, { replace: true });
                }}
              >
                {t('library.clear')}
              </Button>
            )}
          </Group>
        </form>
        {query.trim() && (
          <Card withBorder component="section" aria-labelledby="library-results">
            <QueryState fetching={search.fetching} error={search.error} empty={!search.data}>
              <Title order={2} size="h4" id="library-results" mb="sm" aria-live="polite">
                {hits.length ? t('library.results', { count: hits.length }) : t('library.noResults')}
              </Title>
              <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {hits.map((hit) => (
                  <DocumentRow key={hit.document.id} document={hit.document} onNewVersion={manages ? newVersion(hit.document) : undefined}>
                    <HighlightedExcerpt excerpt={hit.excerpt} />
                  </DocumentRow>
                ))}
              </Stack>
            </QueryState>
          </Card>
        )}
        <Stack gap="md" component="section" aria-labelledby="library-kinds">
          <Title order={2} size="h3" id="library-kinds">
            {t('library.byKind')}
          </Title>
          <QueryState fetching={library.fetching} error={library.error} empty={!library.data}>
            {DOCUMENT_KINDS.map((kind) => {
              const ofKind = documents.filter((document) => document.kind === kind);
              return (
                <Card key={kind} withBorder component="section" aria-labelledby={`library-${kind}`}>
                  <Title order={3} size="h5" id={`library-${kind}`} mb="xs">
                    {t(`kinds.${kind}`)}
                  </Title>
                  {ofKind.length === 0 ? (
                    <Text c="dimmed" size="sm">
                      {t('empty')}
                    </Text>
                  ) : (
                    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                      {ofKind.map((document) => (
                        <DocumentRow key={document.id} document={document} onNewVersion={manages ? newVersion(document) : undefined} />
                      ))}
                    </Stack>
                  )}
                </Card>
              );
            })}
          </QueryState>
        </Stack>
      </Stack>
      {uploading &&
        (uploading.mode === 'new' ? (
          <DocumentUploadDialog mode="new" target="library" organisationId={organisation.id} onUploaded={reload} onClose={() => setUploading(null)} />
        ) : (
          <DocumentUploadDialog
            mode="version"
            organisationId={organisation.id}
            document={uploading.document}
            onUploaded={reload}
            onClose={() => setUploading(null)}
          />
        ))}
    </>
  );
}
