/**
 * Every printable document, by kind. A feature adds its kind here; the
 * kind returns its pages and the layout adds letterhead and page numbers.
 */
import type { ServiceContext } from '../../core/context';
import type { SafeHtml } from './html';
import { infoMaterialDocument } from './kinds/infoMaterial';

export interface DocumentContent {
  title: string;
  fileName: string;
  pages: SafeHtml[];
}

export type DocumentKind = (ctx: ServiceContext, ids: number[]) => Promise<DocumentContent>;

export const documentKinds: Record<string, DocumentKind> = {
  infoMaterial: infoMaterialDocument,
};
