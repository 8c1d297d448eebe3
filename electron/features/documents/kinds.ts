/**
 * Every printable document, by kind. A feature adds its kind here; the
 * kind returns its pages and the layout adds letterhead and page numbers.
 */
import type { ServiceContext } from '../../core/context';
import type { SafeHtml } from './html';
import { contractDocument } from './kinds/contract';
import { infoMaterialDocument } from './kinds/infoMaterial';
import { leaseSummaryDocument } from './kinds/leaseSummary';
import { steeringReportDocument } from './kinds/steeringReport';
import { leaseNoticeLetter } from '../letters/leaseNoticeLetter';
import { subletLetterForContracts, subletLetterForLease } from '../letters/subletLetter';
import { waiverApplicationLetter } from '../letters/waiverApplicationLetter';

export interface DocumentContent {
  title: string;
  fileName: string;
  pages: SafeHtml[];
  /** The document shows whole personnummer: rendering it is audited. */
  personalData?: boolean;
}

export type DocumentKind = (ctx: ServiceContext, ids: number[]) => Promise<DocumentContent>;

export const documentKinds: Record<string, DocumentKind> = {
  infoMaterial: infoMaterialDocument,
  contract: contractDocument,
  leaseSummary: leaseSummaryDocument,
  steeringReport: steeringReportDocument,
  subletLetterContracts: subletLetterForContracts,
  subletLetterLease: subletLetterForLease,
  leaseNoticeLetter,
  waiverApplicationLetter,
};
