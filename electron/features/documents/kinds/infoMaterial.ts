/** The information material about kommunala kontrakt (plan 3:3), from settings. */
import { getSettings } from '../../settings/service';
import { html, paragraphs } from '../html';
import type { DocumentKind } from '../kinds';

export const infoMaterialDocument: DocumentKind = async (ctx) => {
  const { value } = await getSettings(ctx, 'infoMaterial');
  return {
    title: value.title,
    fileName: `${value.title}.pdf`,
    pages: [
      html`<h1>${value.title}</h1>
        ${paragraphs(value.body)}
        ${
          value.contacts
            ? html`<h2>Kontakt</h2>
                <div class="box">${paragraphs(value.contacts)}</div>`
            : null
        }`,
    ],
  };
};
