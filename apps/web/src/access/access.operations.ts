import { graphql } from '../gql';

export const OrganisationAccessQuery = graphql(`
  query OrganisationAccess($organisationId: UUID!) {
    organisationAccess(organisationId: $organisationId) {
      role
      since
      account {
        id
        displayName
        email
      }
    }
  }
`);

export const ChangeAccountRoleMutation = graphql(`
  mutation ChangeAccountRole($organisationId: UUID!, $accountId: UUID!, $role: OrganisationRole!) {
    changeAccountRole(organisationId: $organisationId, accountId: $accountId, role: $role) {
      role
      since
      account {
        id
      }
    }
  }
`);

export const RemoveAccountAccessMutation = graphql(`
  mutation RemoveAccountAccess($organisationId: UUID!, $accountId: UUID!) {
    removeAccountAccess(organisationId: $organisationId, accountId: $accountId)
  }
`);

export const InviteMutation = graphql(`
  mutation Invite($organisationId: UUID!, $input: InviteInput!) {
    invite(organisationId: $organisationId, input: $input) {
      id
      email
      role
      expiresAt
    }
  }
`);

export const PendingInvitationsQuery = graphql(`
  query PendingInvitations($organisationId: UUID!) {
    pendingInvitations(organisationId: $organisationId, first: 200) {
      totalCount
      nodes {
        id
        email
        role
        expiresAt
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($organisationId: UUID!, $invitationId: UUID!) {
    revokeInvitation(organisationId: $organisationId, invitationId: $invitationId) {
      id
      revokedAt
    }
  }
`);
