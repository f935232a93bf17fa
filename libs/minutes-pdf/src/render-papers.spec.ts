import { renderAttendanceSheet } from './render-attendance-sheet';
import { renderPostalConvocations } from './render-postal-convocations';
import { renderProxyForm } from './render-proxy-form';
import { sampleAttendanceSheet, samplePostalConvocations, sampleProxyForm } from './sample-papers';
import { pdfInfo, pdfPages, pdfText } from './testing/pdf-text';

describe('renderAttendanceSheet', () => {
  const sheet = sampleAttendanceSheet({ members: 48 });

  it('lists every member with the proxies they hold and a place to sign, numbered page X / Y', async () => {
    const pdf = await renderAttendanceSheet(sheet);
    const pages = pdfPages(pdf);
    const text = pages.join(' ');
    const layout = pdfText(pdf, { layout: true });
    expect(text).toContain('FEUILLE DE PRÉSENCE Assemblée générale ordinaire — samedi 13 juin 2026');
    expect(layout).toMatch(/N°\s+Nom\s+Collège\s+Pouvoirs détenus\s+Signature/);
    for (const member of sheet.members) expect(text).toContain(member.name);
    // Anaïs Martin holds Noé Martin's proxy: on her row.
    expect(layout).toMatch(/\d+\s+Anaïs Martin\s+usagers\s+Noé Martin/);
    expect(text).toContain('en blanc (président) : Nathan Martin, Nathan Bernard, Nathan Dubois');
    expect(text).toContain('48 membres convoqués ; 5 pouvoirs reçus.');
    expect(text).toContain('Certifiée exacte par le bureau de séance');
    pages.forEach((page, i) => expect(page).toContain(`page ${i + 1} / ${pages.length}`));
    expect(pages.length).toBeGreaterThan(1);
  });

  it('prints in English', async () => {
    const text = pdfText(await renderAttendanceSheet(sampleAttendanceSheet({ members: 10, locale: 'en' }), { locale: 'en' }));
    expect(text).toContain('ATTENDANCE SHEET');
    expect(text).toContain('10 members convened; 1 proxies received.');
    expect(text).toContain('page 1 of 1');
  });
});

describe('renderProxyForm', () => {
  it('leaves the holder blank, and says where a blank proxy goes', async () => {
    const text = pdfText(await renderProxyForm(sampleProxyForm()));
    expect(text).toContain('POUVOIR Procuration pour une réunion');
    expect(text).toContain('Mandant : Nathan Martin');
    expect(text).toContain('Mandataire : (nom laissé en blanc)');
    expect(text).toMatch(
      /Je soussigné\(e\), Nathan Martin, membre de l’organisation, donne pouvoir à …+ de me représenter à la réunion « Assemblée générale ordinaire — 13 juin 2026 »/,
    );
    expect(text).toContain('1. Rapport moral 2. Comptes de l’exercice 2025');
    expect(text).toContain('Un pouvoir retourné sans nom de mandataire (pouvoir en blanc) est attribué au président de séance');
    expect(text).toContain('À retourner avant le 11 juin 2026.');
    expect(text).toContain('« Bon pour pouvoir »');
    expect(text).toContain('page 1 / 1');
  });

  it('names the holder when the member chose one', async () => {
    const text = pdfText(await renderProxyForm(sampleProxyForm({ holderNamed: true })));
    expect(text).toContain('Mandataire : Louise Martin');
    expect(text).toContain('donne pouvoir à Louise Martin de me représenter');
    expect(text).not.toContain('pouvoir en blanc');
  });

  it('prints in English', async () => {
    const text = pdfText(await renderProxyForm(sampleProxyForm({ locale: 'en', holderNamed: true }), { locale: 'en' }));
    expect(text).toContain('I, the undersigned, Nathan Martin, a member of the organisation, appoint Louise Martin to represent me');
  });
});

describe('renderPostalConvocations', () => {
  const letters = samplePostalConvocations({ members: 48 });

  it('prints one letter a page, each to its member at the window of the envelope, with the agenda', async () => {
    const pdf = await renderPostalConvocations(letters);
    const pages = pdfPages(pdf);
    expect(letters.recipients.length).toBe(6);
    expect(Number(pdfInfo(pdf, 'Pages'))).toBe(letters.recipients.length);
    pages.forEach((page, i) => {
      const recipient = letters.recipients[i];
      expect(page).toContain(`${recipient.name} ${recipient.address.join(' ')}`);
      expect(page).toContain('Convocation : Assemblée générale ordinaire — samedi 13 juin 2026');
      expect(page).toContain(
        'Vous êtes convoqué(e) à la réunion « Assemblée générale ordinaire », qui se tiendra le samedi 13 juin 2026 à 18 h 30, Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon.',
      );
      expect(page).toContain('Ordre du jour 1. Rapport moral 2. Comptes de l’exercice 2025 3. Renouvellement du conseil d’administration');
      expect(page).toContain('Pour le conseil d’administration, Camille Martin, présidente');
      expect(page).toContain(`Convocation — ${recipient.name}`);
      expect(page).toContain('page 1 / 1');
    });
  });

  it('numbers the pages of a long letter within the letter', async () => {
    const agenda = Array.from({ length: 70 }, (_, i) => ({ number: String(i + 1), title: `Point ${i + 1} de l’ordre du jour`, kind: 'deliberation' as const }));
    const pages = pdfPages(await renderPostalConvocations({ ...letters, agenda, recipients: letters.recipients.slice(0, 2) }));
    const perLetter = pages.length / 2;
    expect(perLetter).toBeGreaterThanOrEqual(2);
    const numbering = Array.from({ length: perLetter }, (_, i) => `${i + 1} / ${perLetter}`);
    expect(pages.map((page) => /page (\d+ \/ \d+)/.exec(page)?.[1])).toEqual([...numbering, ...numbering]);
    expect(pages[perLetter]).toContain(letters.recipients[1].name);
  });

  it('refuses to print no letter', async () => {
    await expect(renderPostalConvocations({ ...letters, recipients: [] })).rejects.toThrow(RangeError);
  });
});
