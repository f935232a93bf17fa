import { formatCount, formatPercent, shareAsNumber } from './format';
import type { ResolutionRecord, VoteCounts } from './minutes-document';
import { INK, MUTED, RULE, type PaperWriter } from './paper-writer';

const COLOURS: Record<keyof VoteCounts, { fill: string; text: string }> = {
  yes: { fill: '#2e7d32', text: '#ffffff' },
  no: { fill: '#c62828', text: '#ffffff' },
  abstain: { fill: '#9e9e9e', text: '#ffffff' },
  blank: { fill: '#d9d9d9', text: INK },
};
const CHOICES: Array<keyof VoteCounts> = ['yes', 'no', 'abstain', 'blank'];
const LABEL_WIDTH = 150;
const BAR_HEIGHT = 13;
const ROW_GAP = 5;

interface Segment {
  choice: keyof VoteCounts;
  value: number;
  text: string;
}

/**
 * A resolution's result as horizontal stacked bars, drawn in vectors: one bar of the
 * votes (for, against, abstain, blank); for a SCIC one bar per college and a last bar of
 * the weighted result (share for / against), with the majority required as a line.
 * Floats here only place ink: every figure printed comes from the data.
 */
export function drawResultChart(writer: PaperWriter, resolution: ResolutionRecord): void {
  const { labels, locale, pdf } = writer;
  const barWidth = writer.contentWidth - LABEL_WIDTH - 8;
  const colleges = resolution.colleges ?? [];
  const weighted = colleges.length > 0 && !!resolution.weightedYesShare;
  const rows = (colleges.length ? colleges.length : 1) + (weighted ? 1 : 0);
  writer.ensureSpace(rows * (BAR_HEIGHT + ROW_GAP) + 30);
  writer.space(2);

  const bar = (label: string, segments: Segment[], threshold: number | null) => {
    const y = pdf.y;
    pdf.font('Regular').fontSize(8).fillColor(INK);
    writer.fitLine(label, writer.left, y + 2.5, LABEL_WIDTH - 6);
    const x0 = writer.left + LABEL_WIDTH;
    const total = segments.reduce((sum, s) => sum + s.value, 0);
    if (total <= 0) {
      pdf.rect(x0, y, barWidth, BAR_HEIGHT).lineWidth(0.5).strokeColor(RULE).stroke();
    } else {
      let x = x0;
      for (const segment of segments) {
        if (segment.value <= 0) continue;
        const width = (segment.value / total) * barWidth;
        pdf.rect(x, y, width, BAR_HEIGHT).fill(COLOURS[segment.choice].fill);
        pdf.fontSize(7);
        if (pdf.widthOfString(segment.text) + 4 < width) {
          pdf.fillColor(COLOURS[segment.choice].text);
          writer.fitLine(segment.text, x, y + 3, width, 'center');
        }
        x += width;
      }
    }
    if (threshold !== null) {
      const tx = x0 + threshold * barWidth;
      pdf
        .moveTo(tx, y - 4)
        .lineTo(tx, y + BAR_HEIGHT + 4)
        .lineWidth(1.2)
        .dash(2, { space: 1.5 })
        .strokeColor(INK)
        .stroke()
        .undash();
    }
    pdf.x = writer.left;
    pdf.y = y + BAR_HEIGHT + ROW_GAP;
  };

  const countSegments = (counts: VoteCounts): Segment[] =>
    CHOICES.map((choice) => ({ choice, value: counts[choice], text: formatCount(counts[choice], locale) }));

  if (colleges.length) {
    for (const college of colleges) {
      const weight = formatPercent(college.effectiveWeight ?? college.weight, locale);
      bar(`${college.name} (${weight})`, countSegments(college.counts), null);
    }
  } else {
    bar(labels.chartTotal, countSegments(resolution.counts), null);
  }
  if (weighted && resolution.weightedYesShare) {
    const yes = shareAsNumber(resolution.weightedYesShare);
    const segments: Segment[] = [
      { choice: 'yes', value: yes, text: formatPercent(resolution.weightedYesShare, locale) },
      { choice: 'no', value: 1 - yes, text: '' },
    ];
    bar(labels.weightedResult, segments, resolution.requiredShare ? shareAsNumber(resolution.requiredShare) : null);
  }

  // Legend.
  let x = writer.left + LABEL_WIDTH;
  const y = pdf.y;
  pdf.fontSize(7.5);
  for (const choice of CHOICES) {
    const text = labels[choice];
    pdf.rect(x, y + 1, 7, 7).fill(COLOURS[choice].fill);
    pdf.fillColor(MUTED).text(text, x + 10, y, { lineBreak: false });
    x += 10 + pdf.widthOfString(text) + 14;
  }
  if (weighted && resolution.requiredShare) {
    pdf
      .moveTo(x + 3, y - 1)
      .lineTo(x + 3, y + 9)
      .lineWidth(1.2)
      .dash(2, { space: 1.5 })
      .strokeColor(INK)
      .stroke()
      .undash();
    pdf.fillColor(MUTED).text(labels.requiredLine, x + 10, y, { lineBreak: false });
  }
  pdf.fontSize(10).fillColor(INK);
  pdf.x = writer.left;
  pdf.y = y + 14;
}
