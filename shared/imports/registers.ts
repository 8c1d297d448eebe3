/**
 * The registers a list can be read into, and for each the fields a file
 * column can be mapped to: how the field is read (kind), the Swedish
 * headings people give it (aliases, for the guesses), and whether a row
 * needs it. Labels are the registers' own, so a refused row names the same
 * field the form does.
 */
import { contractLabels } from '../contracts/schema';
import { guaranteeLabels } from '../guarantees/schema';
import { householdLabels, targetGroupLabels } from '../households/schema';
import { landDeliveryLabels } from '../landAgreements/deliveries';
import { agreementKindLabels, landAgreementLabels } from '../landAgreements/schema';
import { leaseLabels } from '../leases/schema';
import { organisationLabels } from '../organisations/schema';
import { unitLabels } from '../units/schema';

export const IMPORT_REGISTERS = [
  'organisations',
  'units',
  'leases',
  'households',
  'contracts',
  'landAgreements',
  'landDeliveries',
  'guarantees',
  'kpi',
] as const;
export type ImportRegister = (typeof IMPORT_REGISTERS)[number];

export const importRegisterLabels: Record<ImportRegister, string> = {
  organisations: 'Hyresvärdar och byggaktörer',
  units: 'Bostäder',
  leases: 'Hyresavtal',
  households: 'Hushåll',
  contracts: 'Kommunala kontrakt',
  landAgreements: 'Markanvisningar',
  landDeliveries: 'Leveranser från markanvisningar',
  guarantees: 'Hyresgarantier',
  kpi: 'KPI-tabell',
};

/**
 * How a cell is read: text as is; `ref` is a name or number looked up in
 * another register; `list` is several references in one cell ("A1, A2").
 */
export type ImportFieldKind =
  | 'text'
  | 'date'
  | 'money'
  | 'months'
  | 'flag'
  | 'number'
  | 'integer'
  | 'choice'
  | 'orgnr'
  | 'ref'
  | 'list'
  | 'yearMonth'
  /** Personnummer or samordningsnummer, 10 or 12 digits. */
  | 'identity';

export interface ImportField {
  key: string;
  label: string;
  kind: ImportFieldKind;
  /** Headings seen in real lists; compared after normalising (case, å/ä/ö, punctuation). */
  aliases: readonly string[];
  required?: boolean;
  /** For `choice`: stored value → the words a list may use for it. */
  choices?: Record<string, readonly string[]>;
}

const U = unitLabels;
const O = organisationLabels;
const L = leaseLabels;

const orgFields: ImportField[] = [
  { key: 'name', label: O.name, kind: 'text', required: true, aliases: ['Namn', 'Företag', 'Bolag', 'Företagsnamn'] },
  {
    key: 'orgNumber',
    label: O.orgNumber,
    kind: 'orgnr',
    required: true,
    aliases: ['Org.nr', 'Orgnr', 'Organisationsnummer', 'Org nr', 'Org. nummer'],
  },
  { key: 'isLandlord', label: O.isLandlord, kind: 'flag', aliases: ['Hyresvärd', 'Är hyresvärd', 'Fastighetsägare'] },
  { key: 'isDeveloper', label: O.isDeveloper, kind: 'flag', aliases: ['Byggaktör', 'Är byggaktör', 'Byggherre'] },
  { key: 'contactPerson', label: O.contactPerson, kind: 'text', aliases: ['Kontaktperson', 'Kontakt'] },
  { key: 'phone', label: O.phone, kind: 'text', aliases: ['Telefon', 'Tel', 'Telefonnummer', 'Tfn'] },
  { key: 'email', label: O.email, kind: 'text', aliases: ['E-post', 'Epost', 'Mail', 'E-mail'] },
  { key: 'address', label: O.address, kind: 'text', aliases: ['Postadress', 'Adress', 'Utdelningsadress'] },
  { key: 'postalCode', label: O.postalCode, kind: 'text', aliases: ['Postnummer', 'Postnr'] },
  { key: 'city', label: O.city, kind: 'text', aliases: ['Ort', 'Postort', 'Stad'] },
  { key: 'notes', label: O.notes, kind: 'text', aliases: ['Anteckningar', 'Kommentar', 'Övrigt', 'Notering'] },
];

const unitFields: ImportField[] = [
  {
    key: 'objectNumber',
    label: U.objectNumber,
    kind: 'text',
    required: true,
    aliases: ['Objektnummer', 'Objektnr', 'Obj.nr', 'Objekt', 'Lgh nr', 'Lägenhetsnummer'],
  },
  {
    key: 'kind',
    label: U.kind,
    kind: 'choice',
    required: true,
    aliases: ['Typ', 'Bostadstyp', 'Boendeform'],
    choices: {
      modulbostad: ['Modulbostad', 'Modul', 'Modulhus', 'Paviljong'],
      villavagn: ['Villavagn', 'Husvagn'],
      lagenhet: ['Lägenhet', 'Lgh', 'Lagenhet'],
    },
  },
  {
    key: 'use',
    label: U.use,
    kind: 'choice',
    required: true,
    aliases: ['Användning', 'Ändamål', 'Målgrupp', 'Insats'],
    choices: {
      akutboende: ['Akutboende', 'Akut'],
      stodboende: ['Stödboende'],
      traningslagenhet: ['Träningslägenhet', 'Träning'],
      bostad_forst: ['Bostad Först', 'Bostad först-lägenhet', 'BF'],
      jourlagenhet: ['Jourlägenhet', 'Jour'],
      bostadssocial: ['Bostadssocial lägenhet', 'Bostadssocial', 'Bostadssocialt kontrakt'],
      nyanlanda: ['Bosättning nyanlända', 'Nyanlända', 'Bosättning'],
    },
  },
  { key: 'address', label: U.address, kind: 'text', required: true, aliases: ['Adress', 'Gatuadress', 'Besöksadress'] },
  { key: 'postalCode', label: U.postalCode, kind: 'text', aliases: ['Postnummer', 'Postnr'] },
  { key: 'district', label: U.district, kind: 'text', aliases: ['Område', 'Stadsdel', 'Ort'] },
  { key: 'rooms', label: U.rooms, kind: 'number', aliases: ['Rum', 'Antal rum', 'RoK'] },
  { key: 'areaM2', label: U.areaM2, kind: 'number', aliases: ['Yta', 'Yta m²', 'Kvm', 'Boarea', 'Area'] },
  { key: 'floor', label: U.floor, kind: 'integer', aliases: ['Våning', 'Vån', 'Plan'] },
  {
    key: 'responsibleDepartment',
    label: U.responsibleDepartmentId,
    kind: 'ref',
    required: true,
    aliases: ['Ansvarig förvaltning', 'Förvaltning', 'Ansvarig'],
  },
  {
    key: 'ownerType',
    label: U.ownerType,
    kind: 'choice',
    aliases: ['Ägare', 'Ägs av', 'Ägandeform'],
    choices: { staden: ['Staden', 'Kommunen', 'Egen', 'FF'], hyresvard: ['Hyresvärd', 'Extern', 'Inhyrd'] },
  },
  { key: 'owner', label: U.ownerOrganisationId, kind: 'ref', aliases: ['Hyresvärd', 'Fastighetsägare', 'Värd'] },
  { key: 'site', label: U.site, kind: 'text', aliases: ['Plats', 'Tomt', 'Fastighet'] },
  {
    key: 'permitEndDate',
    label: U.permitEndDate,
    kind: 'date',
    aliases: ['Bygglov t.o.m.', 'Bygglov till', 'Bygglov', 'Tidsbegränsat bygglov'],
  },
  {
    key: 'status',
    label: U.status,
    kind: 'choice',
    aliases: ['Status'],
    choices: {
      ledig: ['Ledig', 'Vakant', 'Tom'],
      uthyrd: ['Uthyrd', 'Upptagen', 'Bebodd'],
      sparrad: ['Spärrad', 'Sparrad'],
      avvecklad: ['Avvecklad', 'Avvecklas'],
    },
  },
  { key: 'notes', label: U.notes, kind: 'text', aliases: ['Anteckningar', 'Kommentar', 'Övrigt', 'Notering'] },
];

const leaseFields: ImportField[] = [
  {
    key: 'leaseNumber',
    label: L.leaseNumber,
    kind: 'text',
    aliases: ['Avtalsnr', 'Avtalsnummer', 'Avtal nr', 'Kontraktsnr', 'Kontraktsnummer'],
  },
  {
    key: 'landlordReference',
    label: L.landlordReference,
    kind: 'text',
    aliases: ['Hyresvärdens referens', 'Hyresvärdens avtalsnr', 'Värdens ref', 'Referens'],
  },
  { key: 'landlord', label: L.landlordId, kind: 'ref', aliases: ['Hyresvärd', 'Fastighetsägare', 'Värd'] },
  {
    key: 'landlordOrgNumber',
    label: `${L.landlordId} (organisationsnummer)`,
    kind: 'orgnr',
    aliases: ['Org.nr', 'Orgnr', 'Organisationsnummer', 'Hyresvärdens org.nr'],
  },
  {
    key: 'units',
    label: L.unitIds,
    kind: 'list',
    aliases: ['Objektnr', 'Objektnummer', 'Objekt', 'Bostäder', 'Bostad', 'Lgh nr'],
  },
  { key: 'unitAddress', label: 'Adress', kind: 'text', aliases: ['Adress', 'Gatuadress', 'Bostadens adress'] },
  {
    key: 'department',
    label: L.departmentId,
    kind: 'ref',
    required: true,
    aliases: ['Förvaltning', 'Nyttjande förvaltning', 'Beställare', 'Förv'],
  },
  {
    key: 'departmentContact',
    label: L.departmentContact,
    kind: 'text',
    aliases: ['Kontaktperson', 'Kontakt', 'Handläggare'],
  },
  {
    key: 'premises',
    label: L.premises,
    kind: 'choice',
    aliases: ['Lokaltyp', 'Bostad/lokal', 'Typ av lokal'],
    choices: { bostad: ['Bostad', 'Lägenhet', 'Bostadslägenhet'], lokal: ['Lokal'] },
  },
  { key: 'signedDate', label: L.signedDate, kind: 'date', aliases: ['Undertecknat', 'Tecknat', 'Avtalsdatum'] },
  {
    key: 'startDate',
    label: L.startDate,
    kind: 'date',
    required: true,
    aliases: ['Fr.o.m.', 'From', 'Startdatum', 'Från', 'Tillträde', 'Avtalsstart', 'Gäller från'],
  },
  {
    key: 'termType',
    label: L.termType,
    kind: 'choice',
    aliases: ['Avtalstid', 'Avtalsform', 'Avtalstyp'],
    choices: {
      tidsbestamd: ['Tidsbestämd', 'Tidsbestämt', 'Bestämd tid'],
      tillsvidare: ['Tills vidare', 'Tillsvidare', 'Obestämd tid'],
    },
  },
  {
    key: 'endDate',
    label: L.endDate,
    kind: 'date',
    aliases: ['T.o.m.', 'Tom', 'Slutdatum', 'Till', 'Avtalsslut', 'Gäller till'],
  },
  {
    key: 'noticeMonthsTenant',
    label: L.noticeMonthsTenant,
    kind: 'months',
    aliases: ['Uppsägningstid', 'Uppsägningstid staden', 'Uppsägning'],
  },
  {
    key: 'noticeMonthsLandlord',
    label: L.noticeMonthsLandlord,
    kind: 'months',
    aliases: ['Uppsägningstid hyresvärd', 'Uppsägningstid hyresvärden'],
  },
  { key: 'extensionMonths', label: L.extensionMonths, kind: 'months', aliases: ['Förlängning', 'Förlängningstid'] },
  {
    key: 'rentPerYearOre',
    label: L.rentPerYearOre,
    kind: 'money',
    aliases: ['Årshyra', 'Hyra per år', 'Hyra/år', 'Hyra kr/år', 'Årshyra kr'],
  },
  {
    key: 'rentPerMonthOre',
    label: 'Månadshyra',
    kind: 'money',
    aliases: ['Månadshyra', 'Hyra per månad', 'Hyra/mån', 'Hyra kr/mån'],
  },
  { key: 'rentIncludesHeating', label: L.rentIncludesHeating, kind: 'flag', aliases: ['Värme ingår', 'Värme'] },
  { key: 'rentIncludesElectricity', label: L.rentIncludesElectricity, kind: 'flag', aliases: ['El ingår', 'El'] },
  { key: 'rentIncludesWater', label: L.rentIncludesWater, kind: 'flag', aliases: ['Vatten ingår', 'Vatten'] },
  {
    key: 'indexationKind',
    label: L.indexationKind,
    kind: 'choice',
    aliases: ['Indexering', 'Index', 'Indexklausul'],
    choices: {
      none: ['Ingen', 'Nej', '-'],
      kpi: ['KPI', 'Konsumentprisindex', 'KPI okt'],
      fixed: ['Fast', 'Fast procentsats', 'Fast uppräkning', 'Trappa'],
    },
  },
  { key: 'kpiBaseIndex', label: L.kpiBaseIndex, kind: 'number', aliases: ['Basindex', 'Bas-KPI'] },
  { key: 'kpiBaseMonth', label: L.kpiBaseMonth, kind: 'yearMonth', aliases: ['Basmånad', 'Basindexmånad'] },
  { key: 'kpiIndexedPercent', label: L.kpiIndexedPercent, kind: 'number', aliases: ['Indexerad andel'] },
  {
    key: 'fixedPercentPerYear',
    label: L.fixedPercentPerYear,
    kind: 'number',
    aliases: ['Årlig uppräkning', 'Uppräkning', 'Uppräkning %'],
  },
  { key: 'depositOre', label: L.depositOre, kind: 'money', aliases: ['Deposition', 'Säkerhet'] },
  {
    key: 'subletNotified',
    label: L.subletNotified,
    kind: 'flag',
    aliases: ['Underrättad', 'Hyresvärd underrättad', 'Andrahand meddelad'],
  },
  { key: 'subletNotifiedDate', label: L.subletNotifiedDate, kind: 'date', aliases: ['Underrättad datum'] },
  { key: 'isBlockLease', label: L.isBlockLease, kind: 'flag', aliases: ['Blockhyresavtal', 'Blockavtal'] },
  {
    key: 'status',
    label: L.status,
    kind: 'choice',
    aliases: ['Status'],
    choices: { utkast: ['Utkast'], aktiv: ['Aktiv', 'Aktivt', 'Gällande'] },
  },
  { key: 'notes', label: L.notes, kind: 'text', aliases: ['Anteckningar', 'Kommentar', 'Övrigt', 'Notering'] },
];

const H = householdLabels;

const householdFields: ImportField[] = [
  {
    key: 'holderName',
    label: H.holderName,
    kind: 'text',
    required: true,
    aliases: ['Namn', 'Kontraktsinnehavare', 'Hyresgäst', 'Sökande'],
  },
  {
    key: 'holderIdentity',
    label: `${H.holderName}s personnummer`,
    kind: 'identity',
    required: true,
    aliases: ['Personnummer', 'Personnr', 'Pnr', 'Personnummer/samordningsnummer', 'Samordningsnummer'],
  },
  { key: 'coName', label: 'Medsökande', kind: 'text', aliases: ['Medsökande', 'Make/maka', 'Sambo'] },
  {
    key: 'coIdentity',
    label: 'Medsökandes personnummer',
    kind: 'identity',
    aliases: ['Medsökandes personnummer', 'Personnr medsökande', 'Medsökande personnr'],
  },
  {
    key: 'householdSize',
    label: H.householdSize,
    kind: 'integer',
    aliases: ['Antal personer', 'Hushållsstorlek', 'Antal'],
  },
  { key: 'childrenCount', label: H.childrenCount, kind: 'integer', aliases: ['Antal barn', 'Barn'] },
  {
    key: 'targetGroup',
    label: H.targetGroup,
    kind: 'choice',
    required: true,
    aliases: ['Målgrupp', 'Grupp'],
    choices: Object.fromEntries(Object.entries(targetGroupLabels).map(([k, v]) => [k, [v]])),
  },
  {
    key: 'referringDepartment',
    label: H.referringDepartmentId,
    kind: 'ref',
    required: true,
    aliases: ['Remitterande förvaltning', 'Förvaltning', 'Remittent'],
  },
  { key: 'caseworkerName', label: H.caseworkerName, kind: 'text', aliases: ['Handläggare', 'Socialsekreterare'] },
  {
    key: 'caseworkerPhone',
    label: H.caseworkerPhone,
    kind: 'text',
    aliases: ['Handläggarens telefon', 'Tel handläggare'],
  },
  { key: 'caseworkerEmail', label: H.caseworkerEmail, kind: 'text', aliases: ['Handläggarens e-post'] },
  { key: 'phone', label: H.phone, kind: 'text', aliases: ['Telefon', 'Tel'] },
  { key: 'email', label: H.email, kind: 'text', aliases: ['E-post', 'Epost', 'Mail'] },
  { key: 'postalAddress', label: H.postalAddress, kind: 'text', aliases: ['Postadress', 'Adress'] },
  { key: 'notes', label: H.notes, kind: 'text', aliases: ['Anteckningar', 'Kommentar', 'Övrigt'] },
];

const K = contractLabels;

const contractFields: ImportField[] = [
  {
    key: 'contractNumber',
    label: K.contractNumber,
    kind: 'text',
    aliases: ['Kontraktsnr', 'Kontraktsnummer', 'Kontrakt nr', 'KK-nr'],
  },
  {
    key: 'holderIdentity',
    label: `${K.householdId} (personnummer)`,
    kind: 'identity',
    required: true,
    aliases: ['Personnummer', 'Personnr', 'Pnr', 'Hyresgästens personnummer', 'Samordningsnummer'],
  },
  {
    key: 'unit',
    label: K.unitId,
    kind: 'ref',
    aliases: ['Objektnr', 'Objektnummer', 'Objekt', 'Lgh nr', 'Bostad'],
  },
  { key: 'unitAddress', label: 'Adress', kind: 'text', aliases: ['Adress', 'Gatuadress', 'Bostadens adress'] },
  {
    key: 'lease',
    label: K.leaseId,
    kind: 'text',
    aliases: ['Hyresavtal', 'Hyresavtal nr', 'Avtalsnr', 'Avtalsnummer'],
  },
  {
    key: 'referringDepartment',
    label: K.referringDepartmentId,
    kind: 'ref',
    aliases: ['Remitterande förvaltning', 'Förvaltning', 'Remittent'],
  },
  {
    key: 'startDate',
    label: K.startDate,
    kind: 'date',
    required: true,
    aliases: ['Fr.o.m.', 'From', 'Startdatum', 'Från', 'Inflyttning', 'Tillträde'],
  },
  {
    key: 'endDate',
    label: K.endDate,
    kind: 'date',
    required: true,
    aliases: ['T.o.m.', 'Tom', 'Slutdatum', 'Till', 'Avflyttning'],
  },
  {
    key: 'monthlyRent',
    label: K.monthlyRent,
    kind: 'money',
    required: true,
    aliases: ['Månadshyra', 'Hyra', 'Hyra/mån', 'Hyra per månad', 'Hyra kr/mån'],
  },
  {
    key: 'waiverGround',
    label: K.waiverGround,
    kind: 'text',
    aliases: ['Skäl för avstående', 'Skäl', 'Avstående skäl', 'Grund för avstående', 'Skäl avstående'],
  },
  {
    key: 'waiverStatus',
    label: K.waiverStatus,
    kind: 'choice',
    aliases: ['Avstående', 'Status avstående', 'Hyresnämnden', 'HN2'],
    choices: {
      ej_ansokt: ['Ej ansökt', 'Ej sökt', 'Nej', '-'],
      ansokan_inskickad: ['Ansökan inskickad', 'Inskickad', 'Ansökt', 'Skickad'],
      godkand: ['Godkänt', 'Godkänd', 'Godkänt av hyresnämnden', 'Beviljat', 'Ja'],
      avslagen: ['Avslaget', 'Avslagen', 'Avslag', 'Avslaget av hyresnämnden'],
    },
  },
  {
    key: 'waiverApplicationDate',
    label: K.waiverApplicationDate,
    kind: 'date',
    aliases: ['Ansökan skickad', 'Ansökan till hyresnämnden', 'Ansökt datum'],
  },
  {
    key: 'waiverDecisionDate',
    label: K.waiverDecisionDate,
    kind: 'date',
    aliases: ['Beslut', 'Beslutsdatum', 'Hyresnämndens beslut'],
  },
  {
    key: 'waiverCaseNumber',
    label: K.waiverCaseNumber,
    kind: 'text',
    aliases: ['Ärendenummer', 'Ärendenr', 'Hyresnämndens ärendenummer'],
  },
  {
    key: 'landlordNotifiedDate',
    label: K.landlordNotifiedDate,
    kind: 'date',
    aliases: ['Hyresvärden underrättad', 'Underrättad', 'Värd underrättad'],
  },
  {
    key: 'status',
    label: K.status,
    kind: 'choice',
    aliases: ['Status', 'Kontraktsstatus'],
    choices: { utkast: ['Utkast'], aktivt: ['Aktivt', 'Aktiv', 'Gällande', 'Pågående'] },
  },
  {
    key: 'acknowledgeWarnings',
    label: K.acknowledgeWarnings,
    kind: 'flag',
    aliases: ['Bekräfta varning', 'Varning bekräftad', 'Bekräftad varning'],
  },
  { key: 'notes', label: K.notes, kind: 'text', aliases: ['Anteckningar', 'Kommentar', 'Övrigt', 'Notering'] },
];

const M = landAgreementLabels;

const landAgreementFields: ImportField[] = [
  {
    key: 'propertyDesignation',
    label: M.propertyDesignation,
    kind: 'text',
    required: true,
    aliases: ['Fastighetsbeteckning', 'Fastighet', 'Fastighetsbet'],
  },
  {
    key: 'projectName',
    label: M.projectName,
    kind: 'text',
    required: true,
    aliases: ['Projekt', 'Projektnamn', 'Område'],
  },
  {
    key: 'developer',
    label: M.developerOrganisationId,
    kind: 'ref',
    required: true,
    aliases: ['Byggaktör', 'Exploatör', 'Byggherre', 'Bolag'],
  },
  {
    key: 'developerOrgNumber',
    label: `${M.developerOrganisationId} (organisationsnummer)`,
    kind: 'orgnr',
    aliases: ['Org.nr', 'Orgnr', 'Organisationsnummer'],
  },
  {
    key: 'agreementKind',
    label: M.agreementKind,
    kind: 'choice',
    required: true,
    aliases: ['Avtalstyp', 'Typ av avtal', 'Avtal'],
    choices: Object.fromEntries(Object.entries(agreementKindLabels).map(([k, v]) => [k, [v]])),
  },
  {
    key: 'signedDate',
    label: M.signedDate,
    kind: 'date',
    required: true,
    aliases: ['Undertecknat', 'Avtalsdatum', 'Tecknat'],
  },
  {
    key: 'volumeDwellings',
    label: M.volumeDwellings,
    kind: 'integer',
    required: true,
    aliases: ['Volym', 'Antal bostäder', 'Bostäder'],
  },
  { key: 'grossFloorAreaM2', label: M.grossFloorAreaM2, kind: 'integer', aliases: ['BTA', 'Bruttoarea'] },
  { key: 'commitmentPercent', label: M.commitmentPercent, kind: 'number', aliases: ['Åtagande %', 'Andel', 'Procent'] },
  {
    key: 'dueDate',
    label: M.dueDate,
    kind: 'text',
    aliases: ['Ska vara lämnat senast', 'År X', 'Senast', 'Leveransår'],
  },
  { key: 'notes', label: M.notes, kind: 'text', aliases: ['Anteckningar', 'Kommentar', 'Övrigt'] },
];

const D = landDeliveryLabels;

const landDeliveryFields: ImportField[] = [
  {
    key: 'agreement',
    label: D.landAgreementId,
    kind: 'ref',
    required: true,
    aliases: ['Markanvisning', 'Fastighetsbeteckning', 'Fastighet', 'Projekt', 'Avtal'],
  },
  { key: 'unit', label: D.unitId, kind: 'ref', aliases: ['Objektnr', 'Objektnummer', 'Objekt', 'Bostad', 'Lgh nr'] },
  { key: 'unitAddress', label: 'Adress', kind: 'text', aliases: ['Adress', 'Gatuadress', 'Bostadens adress'] },
  {
    key: 'handedOverDate',
    label: D.handedOverDate,
    kind: 'date',
    required: true,
    aliases: ['Överlämnad', 'Överlämnad datum', 'Leveransdatum', 'Levererad', 'Datum'],
  },
  { key: 'lease', label: D.leaseId, kind: 'text', aliases: ['Hyresavtal', 'Hyresavtal nr', 'Avtalsnr'] },
  { key: 'notes', label: D.notes, kind: 'text', aliases: ['Anteckningar', 'Kommentar', 'Övrigt'] },
];

const G = guaranteeLabels;

const guaranteeFields: ImportField[] = [
  {
    key: 'holderIdentity',
    label: `${G.householdId} (personnummer)`,
    kind: 'identity',
    required: true,
    aliases: ['Personnummer', 'Personnr', 'Pnr', 'Hyresgästens personnummer', 'Samordningsnummer'],
  },
  { key: 'landlord', label: G.landlordId, kind: 'ref', aliases: ['Hyresvärd', 'Fastighetsägare', 'Värd'] },
  {
    key: 'landlordOrgNumber',
    label: `${G.landlordId} (organisationsnummer)`,
    kind: 'orgnr',
    aliases: ['Org.nr', 'Orgnr', 'Organisationsnummer', 'Hyresvärdens org.nr'],
  },
  {
    key: 'leaseAddress',
    label: G.leaseAddress,
    kind: 'text',
    required: true,
    aliases: ['Adress', 'Lägenhetens adress', 'Gatuadress', 'Adress förstahandskontrakt'],
  },
  {
    key: 'leaseReference',
    label: G.leaseReference,
    kind: 'text',
    aliases: ['Hyresvärdens referens', 'Referens', 'Hyresvärdens kontraktsnr', 'Objektnr hos värden'],
  },
  {
    key: 'monthlyRent',
    label: G.monthlyRent,
    kind: 'money',
    required: true,
    aliases: ['Månadshyra', 'Hyra', 'Hyra/mån', 'Hyra per månad'],
  },
  {
    key: 'guaranteedAmount',
    label: G.guaranteedAmount,
    kind: 'money',
    required: true,
    aliases: ['Garantibelopp', 'Belopp', 'Garanti', 'Garanterat belopp'],
  },
  {
    key: 'startDate',
    label: G.startDate,
    kind: 'date',
    required: true,
    aliases: ['Gäller från', 'Fr.o.m.', 'From', 'Startdatum'],
  },
  { key: 'endDate', label: G.endDate, kind: 'date', aliases: ['Gäller t.o.m.', 'T.o.m.', 'Tom', 'Slutdatum'] },
  { key: 'firstHandLease', label: G.firstHandLease, kind: 'flag', aliases: ['Förstahandskontrakt', 'Förstahand'] },
  {
    key: 'canPayWithoutForsorjningsstod',
    label: G.canPayWithoutForsorjningsstod,
    kind: 'flag',
    aliases: ['Klarar hyran utan försörjningsstöd', 'Utan försörjningsstöd', 'Egen försörjning'],
  },
  { key: 'withinQuota', label: G.withinQuota, kind: 'flag', aliases: ['Inom kvot', 'Kvot'] },
  {
    key: 'grantAppliedOn',
    label: G.grantAppliedOn,
    kind: 'date',
    aliases: ['Bidrag sökt hos Boverket', 'Bidrag sökt', 'Sökt hos Boverket'],
  },
  { key: 'notes', label: G.notes, kind: 'text', aliases: ['Anteckningar', 'Kommentar', 'Övrigt'] },
];

const kpiFields: ImportField[] = [
  { key: 'month', label: 'Månad', kind: 'yearMonth', required: true, aliases: ['Månad', 'Period', 'År-månad'] },
  { key: 'value', label: 'KPI', kind: 'number', required: true, aliases: ['KPI', 'Värde', 'Index', 'KPI-värde'] },
];

export const importFields: Record<ImportRegister, readonly ImportField[]> = {
  organisations: orgFields,
  units: unitFields,
  leases: leaseFields,
  households: householdFields,
  contracts: contractFields,
  landAgreements: landAgreementFields,
  landDeliveries: landDeliveryFields,
  guarantees: guaranteeFields,
  kpi: kpiFields,
};
