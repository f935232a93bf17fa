import type { MinutesDocument } from './minutes-document';
import { minutesSeal } from './minutes-seal';
import { renderMinutes } from './render-minutes';
import { sampleMinutes } from './sample-minutes';
import { pdfInfo, pdfPages, pdfText } from './testing/pdf-text';

/** A page's footer as pdftotext reads it: the title, the seal and « page X / Y », in either order. */
const FOOTER =
  /Les Communs de Lyon — Procès-verbal du \S+ (page \d+ \/ \d+ )?Sceau \(SHA-256 des données du procès-verbal\) : [0-9a-f]{64}( page \d+ \/ \d+)?/g;

describe('renderMinutes', () => {
  describe('the minutes of a SCIC general assembly, in French', () => {
    const doc = sampleMinutes({ members: 48, resolutions: 4 });
    let pdf: Buffer;
    let pages: string[];
    let text: string;
    let layout: string;
    let body: string;

    beforeAll(async () => {
      pdf = await renderMinutes(doc);
      pages = pdfPages(pdf);
      text = pages.join(' ');
      // The text without the footers, so that a paragraph running over a page break reads whole.
      body = pages.map((page) => page.replace(FOOTER, ' ').replace(/\s+/g, ' ').trim()).join(' ');
      layout = pdfText(pdf, { layout: true });
    });

    it('is an A4 PDF whose creation date is taken from the data', () => {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfInfo(pdf, 'Page size')).toContain('(A4)');
      expect(pdfInfo(pdf, 'CreationDate')).toBe('2026-06-13T21:15:00Z');
    });

    it("states the organisation's identity, the sitting, the convocation and the officers", () => {
      expect(text).toContain('Les Communs de Lyon');
      expect(text).toContain('Société coopérative d’intérêt collectif (SCIC)');
      expect(text).toContain('12 rue de la République 69002 Lyon');
      expect(text).toContain('SIREN 812 345 678 RCS Lyon');
      expect(text).toContain('PROCÈS-VERBAL Assemblée générale ordinaire — samedi 13 juin 2026');
      expect(text).toContain('Ouverture : 18 h 30');
      expect(text).toContain('Clôture : 21 h 15');
      expect(text).toContain('Lieu : Maison des associations, 28 rue Denfert-Rochereau, 69004 Lyon');
      expect(text).toContain('Participation à distance : https://visio.example.org/ag-2026');
      expect(text).toContain(
        'Convocation : Sur première convocation, adressée le 22 mai 2026 par le conseil d’administration, par courriel et par courrier postal.',
      );
      expect(text).toContain('Présidence de séance : Camille Martin, présidente');
      expect(text).toContain('Secrétariat de séance : Chloé Martin, secrétaire');
      expect(text).toContain('Scrutateurs : Gabriel Martin et Manon Martin');
    });

    it('states the attendance and the quorum with its figures', () => {
      expect(text).toContain('Présents : 20 Présents à distance : 10 Représentés : 5 Excusés : 5 Absents : 8 Total des membres : 48');
      expect(text).toContain('La liste nominative des 48 membres figure en annexe');
      expect(text).toContain('Membres ayant le droit de vote : 48');
      expect(text).toContain('Présents ou représentés : 35');
      expect(text).toContain('Seuil : 1/5 (20 %)');
      expect(text).toContain('Quorum atteint : 35 membres présents ou représentés sur 48, soit 72,9 % (seuil : 20 %).');
      expect(text).toContain('Le quorum étant atteint, l’instance peut valablement délibérer.');
    });

    it('lists the agenda and the documents put before the meeting', () => {
      expect(text).toContain('Ordre du jour 1. Rapport moral (information) 2. Comptes de l’exercice 2025 (délibération)');
      expect(text).toContain('Comptes annuels 2025 et rapport du commissaire aux comptes (point 2)');
      expect(text).toContain('Point 1 — Rapport moral La présidente présente le rapport moral');
    });

    it("prints DOMAIN.md's college arithmetic: weights 40/30/20/10 become 4/9, 3/9, 2/9, and 26/45 ≈ 57,8 % is adopted", () => {
      expect(text).toContain('Résolution n° 1 — Approbation des comptes');
      expect(text).toContain('Vote à main levée');
      expect(text).toContain('Pour : 17 · Contre : 18 · Abstentions : 3 · Blancs : 0');
      // The college table, one row a line.
      expect(layout).toMatch(/salariés\s+40 %\s+4\/9 \(44,4 %\)\s+6\s+2\s+1\s+0\s+3\/4 \(75 %\)/);
      expect(layout).toMatch(/usagers\s+30 %\s+1\/3 \(33,3 %\)\s+10\s+15\s+0\s+0\s+2\/5 \(40 %\)/);
      expect(layout).toMatch(/collectivités\s+20 %\s+2\/9 \(22,2 %\)\s+1\s+1\s+0\s+0\s+1\/2 \(50 %\)/);
      expect(layout).toMatch(/partenaires\s+10 %\s+0 ?%\s+0\s+0\s+2\s+0\s+aucun suffrage/);
      expect(text).toContain('Résultat pondéré : 26/45 (57,8 %) des suffrages pondérés en faveur de la résolution');
      expect(text).toContain('Majorité requise : plus de 1/2 (50 %) des suffrages exprimés pondérés');
      expect(text).toContain('4/9 × 3/4 + 3/9 × 2/5 + 2/9 × 1/2 = 1/3 + 2/15 + 1/9 = 26/45, soit 57,8 %');
      expect(text).toContain('un décompte par tête aurait donné 17 pour et 18 contre : résolution rejetée.');
      expect(text).toContain('La résolution n° 1 est adoptée.');
    });

    it('states each result and whether each resolution is adopted or rejected', () => {
      const resolutions = doc.items.flatMap((item) => item.resolutions);
      expect(resolutions.some((r) => !r.adopted)).toBe(true);
      for (const r of resolutions) {
        const { yes, no, abstain, blank } = r.counts;
        expect(text).toContain(`Pour : ${yes} · Contre : ${no} · Abstentions : ${abstain} · Blancs : ${blank}`);
        expect(text).toContain(`La résolution n° ${r.number} est ${r.adopted ? 'adoptée' : 'rejetée'}.`);
        expect(text).not.toContain(`La résolution n° ${r.number} est ${r.adopted ? 'rejetée' : 'adoptée'}.`);
        expect(body).toContain(r.explanation.replace(/\s+/g, ' '));
      }
    });

    it('records the elections, the incidents of the remote connection, the closing and the signatures', () => {
      expect(text).toContain('Élection — Conseil d’administration (2 sièges)');
      expect(text).toContain('Sont élus : Louise Martin et Hugo Martin.');
      expect(text).toContain('Incidents techniques de la participation à distance 19 h 05 Coupure du son de la visioconférence');
      expect(text).toContain('(durée : 4 min)');
      expect(text).toContain('L’ordre du jour étant épuisé, la séance est levée à 21 h 15.');
      expect(text).toMatch(/Le président de séance Le secrétaire de séance Camille Martin Chloé Martin|Le président de séance Camille Martin/);
    });

    it('numbers every page « page X / Y » and prints the seal in every footer', () => {
      const seal = minutesSeal(doc);
      expect(seal).toMatch(/^[0-9a-f]{64}$/);
      expect(pages.length).toBe(Number(pdfInfo(pdf, 'Pages')));
      pages.forEach((page, i) => {
        expect(page).toContain(`page ${i + 1} / ${pages.length}`);
        expect(page).toContain(`Sceau (SHA-256 des données du procès-verbal) : ${seal}`);
      });
    });

    it('gives the same bytes for the same data, and another seal when the data change', async () => {
      const again = await renderMinutes(sampleMinutes({ members: 48, resolutions: 4 }));
      expect(again.equals(pdf)).toBe(true);
      const altered = sampleMinutes({ members: 48, resolutions: 4 });
      altered.items[1].resolutions[0].counts.no += 1;
      expect(minutesSeal(altered)).not.toBe(minutesSeal(doc));
    });
  });

  it('names the members of a small meeting in the body, with the holders of their proxies', async () => {
    const text = pdfText(await renderMinutes(sampleMinutes({ members: 20, resolutions: 1 })));
    expect(text).toContain('Présents : 8 — Camille Martin, Louise Martin, Hugo Martin');
    expect(text).toContain('Représentés : 2 — Nathan Martin (pouvoir en blanc, au président de séance), Noé Martin (pouvoir à Anaïs Martin)');
    expect(text).toContain('Excusés : 2 — Inès Martin, Agathe Martin');
    expect(text).not.toContain('Annexe');
  });

  it('records a board meeting on second convocation that lacked quorum, with what it lacked', async () => {
    const base = sampleMinutes({ members: 6, resolutions: 1 });
    const doc: MinutesDocument = {
      ...base,
      organisation: {
        name: 'Fondation Horizon',
        legalForm: 'other',
        legalFormText: 'Fondation reconnue d’utilité publique',
        address: ['1 place Bellecour', '69002 Lyon'],
        registrationNumber: null,
      },
      meeting: { ...base.meeting, body: { kind: 'board', name: 'Conseil d’administration' }, kind: null, remoteLink: null, place: 'Au siège' },
      convocation: { convenedBy: 'la présidente', sentOn: '2026-06-01', channels: ['email'], convocation: 'second', firstMeetingDate: '2026-05-28' },
      officers: { ...base.officers, scrutineers: [] },
      quorum: {
        votingMembers: 6,
        present: 1,
        remote: 0,
        represented: 0,
        threshold: '1/2',
        reached: false,
        explanation: 'Quorum non atteint : 1 membre présent ou représenté sur 6, soit 16,7 % (seuil : 50 %).',
      },
      documents: [],
      items: [{ agendaNumber: '1', title: 'Budget 2027', kind: 'deliberation', debateSummary: null, resolutions: [], elections: [] }],
      agenda: [{ number: '1', title: 'Budget 2027', kind: 'deliberation' }],
      incidents: [],
    };
    const text = pdfText(await renderMinutes(doc));
    expect(text).toContain('Fondation reconnue d’utilité publique 1 place Bellecour 69002 Lyon');
    expect(text).toContain('PROCÈS-VERBAL Conseil d’administration — samedi 13 juin 2026');
    expect(text).toContain(
      'Sur seconde convocation, adressée le 1er juin 2026 par la présidente, par courriel ; la réunion du 28 mai 2026 n’avait pas atteint le quorum.',
    );
    expect(text).toContain('Quorum non atteint : 1 membre présent ou représenté sur 6');
    expect(text).toContain('Le quorum n’étant pas atteint, l’instance ne peut valablement délibérer.');
    expect(text).not.toContain('Scrutateurs');
    expect(text).not.toContain('Documents soumis');
    expect(text).not.toContain('Incidents techniques');
    expect(text).toContain('Point 1 — Budget 2027');
  });

  it('renders in English with its own labels, every page sealed', async () => {
    const doc = sampleMinutes({ locale: 'en', members: 20, resolutions: 4 });
    const pages = pdfPages(await renderMinutes(doc, { locale: 'en' }));
    const text = pages.join(' ');
    expect(text).toContain('MINUTES General assembly (ordinary) — Saturday 13 June 2026');
    expect(text).toContain('Multi-stakeholder cooperative (SCIC)');
    expect(text).toContain('Quorum reached: 14 members present or represented out of 20, i.e. 70% (threshold: 20%).');
    expect(text).toContain('The quorum being reached, the meeting may validly decide.');
    expect(text).toContain('For: 17 · Against: 18 · Abstentions: 3 · Blank: 0');
    expect(text).toContain('Weighted result: 26/45 (57.8%) of the weighted votes in favour of the resolution');
    expect(text).toContain('Resolution no. 1 is adopted.');
    expect(text).toContain('Resolution no. 4 is rejected.');
    expect(text).toContain('Represented: 2 — Nathan Martin (blank proxy, to the chair), Noé Martin (proxy to Anaïs Martin)');
    expect(text).toContain('The agenda being completed, the chair closed the meeting at 21:15.');
    pages.forEach((page, i) => {
      expect(page).toContain(`page ${i + 1} of ${pages.length}`);
      expect(page).toContain(`Seal (SHA-256 of the minutes data): ${minutesSeal(doc)}`);
    });
  });

  it('puts the 1,000 members of a large assembly in an annex that runs over many pages, its header on each', async () => {
    const pdf = await renderMinutes(sampleMinutes({ members: 1000, resolutions: 2 }));
    const pages = pdfPages(pdf);
    const first = pages.findIndex((page) => page.includes('Annexe — Liste des membres'));
    expect(first).toBeGreaterThan(0);
    const annex = pages.slice(first);
    expect(annex.length).toBeGreaterThanOrEqual(15);
    const annexLayout = pdfPages(pdf, { layout: true }).slice(first);
    for (const page of annexLayout) expect(page).toMatch(/N° Nom Collège Présence Pouvoir donné à/);
    const annexText = annex.join(' ');
    expect(annexText).toContain('1 Camille Martin salariés présent');
    expect(annexText).toMatch(/1000 \S+ \S+( \(\d\))? \S+ absent/);
    // Every member is listed once, in order: the rows' numbers run from 1 to 1000.
    const rows = pdfPages(pdf, { layout: true, keepLines: true })
      .slice(first)
      .flatMap((page) => page.split('\n'))
      .map((line) => /^\s*(\d+)\s+\S/.exec(line))
      .filter((match) => match !== null)
      .map((match) => Number(match[1]));
    expect(rows).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    pages.forEach((page, i) => expect(page).toContain(`page ${i + 1} / ${pages.length}`));
  });
});
