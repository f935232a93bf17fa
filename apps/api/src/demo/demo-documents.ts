import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Actor } from '../core/actor/actor';
import { DocumentsService } from '../documents/services/documents.service';
import { DEMO_DOCUMENTS, type DemoDocument } from './demo-data';
import { pdfWithLines } from './demo-pdf';

/** The bytes of a demo document: a PDF, or Markdown paragraphs. */
function contentOf(document: DemoDocument): Buffer {
  return document.fileName.endsWith('.pdf') ? pdfWithLines(document.lines) : Buffer.from(`${document.lines.join('\n\n')}\n`, 'utf8');
}

/**
 * Stores the demo's documents through the documents feature, as an upload would: the file
 * staged where uploads are, its name checked, its type read from its content, its text
 * extracted for search. The statutes and internal rules go to the governance library, the
 * accounts to the assembly's agenda item.
 */
export async function seedDemoDocuments(app: INestApplication, actor: Actor, agendaItemIds: Map<string, string>): Promise<void> {
  const documents = app.get(DocumentsService);
  const staging = join(app.get<AppConfig>(APP_CONFIG).dataDir, 'documents', 'staging');
  await mkdir(staging, { recursive: true });
  for (const demo of DEMO_DOCUMENTS) {
    const agendaItemId = demo.agendaItem ? agendaItemIds.get(demo.agendaItem) : undefined;
    if (demo.agendaItem && !agendaItemId) throw new Error(`The demo document "${demo.title}" names an unknown agenda item "${demo.agendaItem}".`);
    const draft = await documents.checkDraft(actor, {
      title: demo.title,
      kind: demo.kind,
      ...(agendaItemId ? { target: 'agendaItem', agendaItemId } : { target: 'library' }),
    });
    const name = documents.checkFileName(demo.fileName);
    // Checked first, staged last: the service removes the staged file whatever happens next.
    const content = contentOf(demo);
    const path = join(staging, `demo-${randomUUID()}`);
    await writeFile(path, content);
    await documents.create(actor, draft, { path, sha256: createHash('sha256').update(content).digest('hex'), size: content.length, ...name });
  }
}
