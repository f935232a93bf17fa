import { mkdirSync } from 'node:fs';
import { linkIn } from '@collegial/testing';
import type { Page } from 'playwright-core';
import { addMember, createOrganisation, joinWithRole, registerAccount, uniqueEmail } from '../../api/test/support';
import { accessibilityViolations, screenshot, SCREENSHOTS_DIR, signedIn, startWebApp, type WebApp } from './support/web-app';

jest.setTimeout(180_000);

let web: WebApp;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  web = await startWebApp();
});
afterAll(() => web?.close());

/** Invites a person from the access page's form, and waits for the page to say it is sent. */
async function invite(page: Page, email: string, role: string, member?: string) {
  const form = page.getByRole('region', { name: 'Inviter par e-mail' });
  await form.getByRole('textbox', { name: 'Adresse e-mail', exact: true }).fill(email);
  await form.getByRole('combobox', { name: 'Rôle', exact: true }).click();
  await page.getByRole('option', { name: role, exact: true }).click();
  if (member) {
    const picker = form.getByRole('combobox', { name: 'Membre concerné (facultatif)' });
    await picker.fill(member.slice(0, 3));
    await page.getByRole('option', { name: member }).click();
  }
  await form.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await form.getByRole('status').getByText(`Invitation envoyée à ${email}.`).waitFor();
}

describe('the access page', () => {
  it('invites a secretary who joins from the e-mail link; the admin changes her role, then removes her access', async () => {
    const admin = await registerAccount(web.api, { displayName: 'Inès Moreau' });
    const organisationId = await createOrganisation(web.api.client, admin.token, { name: 'Les Ateliers du Port' });
    await addMember(web.api.client, admin.token, organisationId, { name: 'Léa Roux' });
    const page = await signedIn(await web.newPage(), { ...admin, displayName: 'Inès Moreau' }, `/o/${organisationId}`);
    await page.getByRole('navigation').getByRole('link', { name: 'Accès' }).click();
    await page.getByRole('heading', { name: 'Accès', level: 1 }).waitFor();
    const accounts = page.getByRole('table', { name: 'Comptes ayant accès' });
    await accounts.getByRole('row', { name: /Inès Moreau \(vous\)/ }).waitFor();
    await page.getByText('Aucune invitation en attente.').waitFor();

    const email = uniqueEmail('lea');
    await invite(page, email, 'Secrétariat', 'Léa Roux');
    const pending = page.getByRole('table', { name: 'Invitations en attente' });
    await pending
      .getByRole('row', { name: new RegExp(email.replace('.', '\\.')) })
      .getByText('Secrétariat')
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'access-desktop');

    // The invited person opens the link of the e-mail in a browser of her own.
    const mail = await web.api.mailbox.lastTo(email);
    const invited = await web.newPage();
    await invited.goto(linkIn(mail, `${web.url}/invitation#`));
    await invited.getByText(`Vous êtes invité·e à rejoindre Les Ateliers du Port (Secrétariat) avec l’adresse ${email}.`).waitFor();
    await invited.getByLabel('Votre nom').fill('Léa Roux');
    await invited.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('quatre mouettes sur le quai');
    expect(await accessibilityViolations(invited)).toEqual([]);
    await screenshot(invited, 'invitation-desktop');
    await invited.getByRole('button', { name: 'Accepter l’invitation' }).click();
    await invited.getByRole('heading', { name: 'Mes organisations' }).waitFor();
    await invited.getByText('Les Ateliers du Port').waitFor();

    // The admin sees her account, no longer an invitation, and makes her a member.
    await page.reload();
    const lea = accounts.getByRole('row', { name: /Léa Roux/ });
    const leaRole = lea.getByRole('combobox', { name: 'Rôle de Léa Roux' });
    expect(await leaRole.inputValue()).toBe('Secrétariat');
    await page.getByText('Aucune invitation en attente.').waitFor();
    await leaRole.click();
    await page.getByRole('option', { name: 'Membre', exact: true }).click();
    await page.getByRole('status').getByText('Rôle de Léa Roux : Membre.').waitFor();
    await page.reload();
    expect(await leaRole.inputValue()).toBe('Membre');

    // Removing her access asks first; cancelling keeps it.
    await lea.getByRole('button', { name: 'Retirer l’accès de Léa Roux' }).click();
    const dialog = page.getByRole('dialog', { name: 'Retirer l’accès ?' });
    await dialog.getByText(`Léa Roux (${email}) n’aura plus accès`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await lea.isVisible()).toBe(true);
    await lea.getByRole('button', { name: 'Retirer l’accès de Léa Roux' }).click();
    await dialog.getByRole('button', { name: 'Retirer l’accès' }).click();
    await page.getByRole('status').getByText('Léa Roux n’a plus accès à l’organisation.').waitFor();
    await lea.waitFor({ state: 'detached' });
    await page.reload();
    await accounts.getByRole('row', { name: /Inès Moreau/ }).waitFor();
    expect(await accounts.getByRole('row', { name: /Léa Roux/ }).count()).toBe(0);
  });

  it('revokes an invitation, whose link then says it is no longer valid; the last admin cannot step down', async () => {
    const admin = await registerAccount(web.api, { displayName: 'Paul Lefebvre' });
    const organisationId = await createOrganisation(web.api.client, admin.token, { name: 'La Ressourcerie' });
    const page = await signedIn(await web.newPage(), { ...admin, displayName: 'Paul Lefebvre' }, `/o/${organisationId}/access`);
    const email = uniqueEmail('yanis');
    await invite(page, email, 'Observateur·rice');
    const pending = page.getByRole('table', { name: 'Invitations en attente' });
    await pending.getByRole('button', { name: `Révoquer l’invitation de ${email}` }).click();
    await page.getByRole('status').getByText(`L’invitation de ${email} est révoquée`).waitFor();
    await page.getByText('Aucune invitation en attente.').waitFor();

    const mail = await web.api.mailbox.lastTo(email);
    const invited = await web.newPage();
    await invited.goto(linkIn(mail, `${web.url}/invitation#`));
    await invited
      .getByRole('alert')
      .getByText(/Cette invitation n.est plus valable/)
      .waitFor();
    expect(await invited.getByRole('button', { name: 'Accepter l’invitation' }).count()).toBe(0);

    // The only admin tries to make themselves a mere member, with the keyboard alone: the api's reason is shown, nothing changes.
    const myRole = page.getByRole('combobox', { name: 'Rôle de Paul Lefebvre' });
    await myRole.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('listbox').waitFor();
    const member = page.getByRole('option', { name: 'Membre', exact: true });
    for (let presses = 0; presses < 4 && !(await member.evaluate((option) => option.hasAttribute('data-combobox-selected'))); presses++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('doit garder au moins un administrateur', { exact: false }).waitFor();
    expect(await myRole.inputValue()).toBe('Administrateur·rice');
    await page.reload();
    expect(await myRole.inputValue()).toBe('Administrateur·rice');
  });

  it('fits a phone, and is refused to a secretary who opens its address', async () => {
    const admin = await registerAccount(web.api, { displayName: 'Inès Moreau' });
    const organisationId = await createOrganisation(web.api.client, admin.token, { name: 'Le Café des Possibles' });
    const secretary = await joinWithRole(web.api, admin.token, organisationId, 'secretary');
    await web.api.client.ok(
      `mutation Invite($organisationId: UUID!, $input: InviteInput!) { invite(organisationId: $organisationId, input: $input) { id } }`,
      { organisationId, input: { email: uniqueEmail('noe'), role: 'member' } },
      { token: admin.token },
    );

    const phone = await signedIn(await web.newPage({ phone: true }), { ...admin, displayName: 'Inès Moreau' }, `/o/${organisationId}/access`);
    await phone
      .getByRole('table', { name: 'Comptes ayant accès' })
      .getByRole('row', { name: /Invited secretary/ })
      .waitFor();
    await phone.getByRole('table', { name: 'Invitations en attente' }).getByText('Membre').waitFor();
    await screenshot(phone, 'access-phone');
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await accessibilityViolations(phone)).toEqual([]);

    await phone.getByText('EN', { exact: true }).click();
    await phone.getByRole('heading', { name: 'Access', level: 1 }).waitFor();
    await phone.getByRole('table', { name: 'Accounts with access' }).getByRole('combobox', { name: 'Role of Invited secretary' }).waitFor();
    await phone.getByRole('button', { name: /^Revoke the invitation of noe/ }).waitFor();

    const page = await signedIn(await web.newPage(), secretary, `/o/${organisationId}/access`);
    await page.getByRole('alert').getByText('Seuls les administrateur·rices gèrent les accès de l’organisation.').waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Accès' }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
  });
});
