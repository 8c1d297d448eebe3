/** What the settings hold until FF has edited them. */
import { DEFAULT_LETTER_TEXTS } from '../letters/templates';
import { DEFAULT_ESTABLISHMENT_MONTHS } from '../guarantees/rules';
import type { RetentionSettings } from '../retention/schema';
import type {
  BackupSettings,
  ContractTexts,
  FollowupSettings,
  ObjectNumberSettings,
  InfoMaterial,
  OnwardSettings,
  OrganisationSettings,
} from './schema';

export const DEFAULT_ORGANISATION: OrganisationSettings = {
  name: 'Fastighetsförvaltningen',
  unit: 'Bostadssociala enheten',
  address: null,
  postalCode: null,
  city: 'Helsingborg',
  phone: null,
  email: null,
  logoDataUrl: null,
};

// No clause on routine inspection visits: JO has criticised them (JO 7595-2016).
export const DEFAULT_CONTRACT_TEXTS: ContractTexts = {
  standardClauses: [
    'Hyresgästen ska betala hyran i förskott senast den sista vardagen före varje kalendermånads början.',
    'Hyresgästen ansvarar för att lägenheten vårdas väl och att sundhet, ordning och gott skick upprätthålls. Skador ska genast anmälas till hyresvärden.',
    'Hyresgästen får inte utan hyresvärdens skriftliga samtycke hyra ut lägenheten i andra hand eller upplåta den till annan.',
    'Hyresvärden har rätt att få tillträde till lägenheten för att utöva nödvändig tillsyn eller utföra förbättringsarbeten, efter avisering i god tid enligt 12 kap. 26 § jordabalken.',
    'Vid avflyttning ska lägenheten lämnas städad och med samtliga nycklar.',
  ].join('\n\n'),
};

export const DEFAULT_INFO_MATERIAL: InfoMaterial = {
  title: 'Om ditt kommunala kontrakt',
  body: [
    '# Vad är ett kommunalt kontrakt?',
    'Ett kommunalt kontrakt är ett andrahandskontrakt där staden hyr ut en bostad till dig. Alla sådana kontrakt inom stadens bostadssociala program kallas kommunala kontrakt och administreras av fastighetsförvaltningen.',
    '# Besittningsskydd',
    'Du har avstått från besittningsskydd i en separat överenskommelse som hyresnämnden har godkänt. Det betyder att kontraktet upphör när hyrestiden är slut, utan att du har rätt att bo kvar. Skälet till avståendet och hyrestidens slut står i kontraktet.',
    '# Dina rättigheter',
    'Du har rätt till en bostad i gott skick, till att bo ostört och till att få veta i god tid innan hyresvärden behöver komma in i bostaden för tillsyn eller reparationer.',
    '# Dina skyldigheter',
    'Du ska betala hyran i tid, vårda bostaden, inte störa dina grannar och inte låta någon annan bo i bostaden utan tillstånd.',
    '# Vägen vidare',
    'Målet är att du ska kunna flytta vidare till ett eget förstahandskontrakt. Fastighetsförvaltningen kan i vissa fall ge en hyresgaranti när du flyttar vidare.',
  ].join('\n\n'),
  contacts: 'Fastighetsförvaltningen, bostadssociala enheten. Telefon växel 042-10 50 00.',
};

/** Two years (Bosättningslagen 2016:38); a candidate to move on after two years on a kommunalt kontrakt. */
export const DEFAULT_ONWARD: OnwardSettings = {
  establishmentMonths: DEFAULT_ESTABLISHMENT_MONTHS,
  moveOnCandidateMonths: 24,
};

/**
 * Social-services files are purged five years after the last entry (SoL
 * 12 kap.); FF follows the city's own plan. FF edits both figures and texts.
 */
export const DEFAULT_RETENTION: RetentionSettings = {
  householdYears: 5,
  householdBasis:
    'Socialtjänstlagen 12 kap. och stadens informationshanteringsplan: personuppgifter gallras fem år efter sista kontraktets slut.',
  leaseYears: 10,
  leaseBasis:
    'Stadens dokumenthanteringsplan: kontaktuppgifter och anteckningar i avslutade hyresavtal gallras efter tio år.',
  auditYears: 10,
  auditBasis: 'Stadens informationshanteringsplan: ändringshistorik gallras efter tio år.',
};
/** Two weeks of daily backups, plus those made before migrations and restores. */
export const DEFAULT_BACKUPS: BackupSettings = { keepCount: 14 };
/** A goal FF sets; ten new Bostad Först apartments a year until it does. */
export const DEFAULT_FOLLOWUP: FollowupSettings = { bostadForstGoalPerYear: 10 };

/** The series the demo and FF's lists use: MOD-00216, VV-00012, LGH-00101. */
export const DEFAULT_OBJECT_NUMBERS: ObjectNumberSettings = {
  modulbostadPrefix: 'MOD-',
  modulbostadWidth: 5,
  villavagnPrefix: 'VV-',
  villavagnWidth: 5,
  lagenhetPrefix: 'LGH-',
  lagenhetWidth: 5,
};

export const SETTINGS_DEFAULTS = {
  organisation: DEFAULT_ORGANISATION,
  contractTexts: DEFAULT_CONTRACT_TEXTS,
  infoMaterial: DEFAULT_INFO_MATERIAL,
  onward: DEFAULT_ONWARD,
  letterTexts: DEFAULT_LETTER_TEXTS,
  retention: DEFAULT_RETENTION,
  backups: DEFAULT_BACKUPS,
  followup: DEFAULT_FOLLOWUP,
  objectNumbers: DEFAULT_OBJECT_NUMBERS,
} as const;
