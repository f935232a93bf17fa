import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AuthCard } from './AuthCard';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './auth.operations';
import { fragmentToken } from './fragment-token';
import { NewPasswordFields } from './NewPasswordFields';
import { sessionStore, useSession } from '../api/session-store';

/** The page of the link in an invitation e-mail: /invitation#<token>. */
export function AcceptInvitationPage() {
  const { t } = useTranslation('auth');
  const { t: common } = useTranslation('common');
  const navigate = useNavigate();
  const session = useSession();
  const [token] = useState(fragmentToken);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [preview] = useQuery({ query: InvitationPreviewQuery, variables: { token }, pause: !token });
  const [result, accept] = useMutation(AcceptInvitationMutation);
  const invitation = preview.data?.invitation;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await accept({ input: invitation?.accountExists ? { token } : { token, displayName, password } });
    if (answer.data) {
      const { token: sessionToken, account } = answer.data.acceptInvitation;
      sessionStore.signIn({ token: sessionToken, displayName: account.displayName, email: account.email });
      void navigate('/', { replace: true });
    }
  };

  if (!token) return <AuthCard title={t('invitationTitle')}>{<Alert color="red">{t('missingToken')}</Alert>}</AuthCard>;
  return (
    <AuthCard title={t('invitationTitle')}>
      {preview.fetching && <Loader role="status" aria-label={common('loading')} />}
      <ErrorAlert error={preview.error} />
      {invitation && (
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <Text>
              {t('invitationIntro', { organisation: invitation.organisationName, role: common(`roles.${invitation.role}`), email: invitation.email })}
            </Text>
            {invitation.accountExists && !session ? (
              <Button component={Link} to={`/login?next=${encodeURIComponent(`/invitation#${token}`)}`}>
                {t('invitationExistingAccount')}
              </Button>
            ) : (
              <>
                {!invitation.accountExists && (
                  <NewPasswordFields displayName={displayName} password={password} onDisplayName={setDisplayName} onPassword={setPassword} />
                )}
                <ErrorAlert error={result.error} />
                <Button type="submit" loading={result.fetching}>
                  {t('acceptInvitation')}
                </Button>
              </>
            )}
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
