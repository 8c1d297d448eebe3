/** Inställningar: who you are shown as, the database, and the shared texts of printed documents. */
import { useEffect, useState } from 'react';
import {
  contractTextsSchema,
  infoMaterialSchema,
  objectNumberSettingsLabels,
  objectNumberSettingsSchema,
  followupSettingsLabels,
  followupSettingsSchema,
  letterFieldHints,
  letterTextsSchema,
  onwardSettingsLabels,
  onwardSettingsSchema,
  organisationSettingsSchema,
} from '../../../shared/settings/schema';
import { roleLabels } from '../../../shared/users/roles';
import { ApiError } from '../../api/client';
import { settingsApi } from './settingsApi';
import { useProcedure } from '../../api/hooks';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { DocumentPreview } from '../documents/DocumentPreview';
import { SettingsGroupForm } from './SettingsGroupForm';
import { LETTER_KINDS, letterKindLabels } from '../../../shared/letters/templates';
import { useSystemInfo } from '../../api/system';

const organisationSpecs: FieldSpec[] = [
  { name: 'name', label: 'Organisationens namn', kind: 'text', required: true },
  { name: 'unit', label: 'Enhet', kind: 'text' },
  { name: 'address', label: 'Postadress', kind: 'text' },
  { name: 'postalCode', label: 'Postnummer', kind: 'text' },
  { name: 'city', label: 'Ort', kind: 'text' },
  { name: 'phone', label: 'Telefon', kind: 'text' },
  { name: 'email', label: 'E-post', kind: 'text' },
  { name: 'logoDataUrl', label: 'Logotyp', kind: 'image', hint: 'PNG, JPEG eller SVG, högst 500 kB' },
];

const contractTextSpecs: FieldSpec[] = [
  {
    name: 'standardClauses',
    label: 'Standardvillkor',
    kind: 'textarea',
    required: true,
    wide: true,
    hint: 'Ett villkor per stycke; tom rad mellan styckena.',
  },
];

const letterTextSpecs: FieldSpec[] = LETTER_KINDS.map((kind) => ({
  name: kind,
  label: letterKindLabels[kind],
  kind: 'textarea',
  required: true,
  wide: true,
  hint: letterFieldHints[kind],
}));

const infoMaterialSpecs: FieldSpec[] = [
  { name: 'title', label: 'Rubrik', kind: 'text', required: true, wide: true },
  {
    name: 'body',
    label: 'Text',
    kind: 'textarea',
    required: true,
    wide: true,
    hint: 'Tom rad mellan styckena; en rad som börjar med "# " blir en mellanrubrik.',
  },
  { name: 'contacts', label: 'Kontaktuppgifter', kind: 'textarea', wide: true },
];

const onwardSpecs: FieldSpec[] = [
  {
    name: 'establishmentMonths',
    label: onwardSettingsLabels.establishmentMonths,
    kind: 'integer',
    required: true,
    hint: 'Bosättningslagen (2016:38): 24 månader. SOU 2025:35 föreslår upp till 36 månader.',
  },
  {
    name: 'moveOnCandidateMonths',
    label: onwardSettingsLabels.moveOnCandidateMonths,
    kind: 'integer',
    required: true,
    hint: 'Hushåll som bott så länge på kommunalt kontrakt visas som kandidater',
  },
];

const objectNumberSpecs: FieldSpec[] = (['modulbostad', 'villavagn', 'lagenhet'] as const).flatMap((kind) => [
  {
    name: `${kind}Prefix`,
    label: objectNumberSettingsLabels[`${kind}Prefix`],
    kind: 'text' as const,
    required: true,
    hint: 'T.ex. MOD-',
  },
  { name: `${kind}Width`, label: objectNumberSettingsLabels[`${kind}Width`], kind: 'integer' as const, required: true },
]);

const followupSpecs: FieldSpec[] = [
  {
    name: 'bostadForstGoalPerYear',
    label: followupSettingsLabels.bostadForstGoalPerYear,
    kind: 'integer',
    required: true,
    hint: 'Åtgärd 3:10: Uppföljning jämför årets nya Bostad Först-lägenheter med målet',
  },
];

function You() {
  const info = useSystemInfo();
  const me = useProcedure('users.me', {});
  const [displayName, setDisplayName] = useState('');
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  useEffect(() => {
    if (info.data) setDisplayName(info.data.actor.displayName);
  }, [info.data]);
  const save = async () => {
    try {
      const actor = await settingsApi.setDisplayName(displayName);
      setMessage({ kind: 'info', text: `Sparat. Du visas nu som ${actor.displayName}.` });
      info.reload();
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
    }
  };
  return (
    <section className="card">
      <h2>Du</h2>
      <p className="muted">
        Inloggning: {info.data?.actor.login}
        {me.data ? `, roll: ${roleLabels[me.data.role]}` : ''}
      </p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label htmlFor="display-name">Visningsnamn</label>
        <input id="display-name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        <button type="submit" className="primary">
          Spara
        </button>
      </form>
      {message ? <div className={`banner ${message.kind}`}>{message.text}</div> : null}
      <h2>Databas</h2>
      <p>
        <code>{info.data?.databasePath}</code>
      </p>
      <p className="muted">
        I skrivbordsprogrammet byter du databas under Arkiv → Byt databas… (t.ex. en gemensam fil på nätverksenheten).
        Version {info.data?.appVersion}.
      </p>
    </section>
  );
}

export function SettingsScreen() {
  const organisation = useProcedure('settings.organisation', {});
  const contractTexts = useProcedure('settings.contractTexts', {});
  const infoMaterial = useProcedure('settings.infoMaterial', {});
  const onward = useProcedure('settings.onward', {});
  const letterTexts = useProcedure('settings.letterTexts', {});
  const followup = useProcedure('settings.followup', {});
  const objectNumbers = useProcedure('settings.objectNumbers', {});
  const [preview, setPreview] = useState(false);

  return (
    <div className="screen settings">
      <header className="list-toolbar">
        <h1>Inställningar</h1>
      </header>
      <You />
      {organisation.data ? (
        <SettingsGroupForm
          key={`org:${organisation.data.version}`}
          title="Organisationen på utskrifter"
          specs={organisationSpecs}
          schema={organisationSettingsSchema}
          stored={organisation.data}
          save={(value, version) => settingsApi.setOrganisation({ value, version })}
          load={settingsApi.organisation}
          onSaved={organisation.reload}
        />
      ) : null}
      {contractTexts.data ? (
        <SettingsGroupForm
          key={`contract:${contractTexts.data.version}`}
          title="Kommunalt kontrakt: standardvillkor"
          specs={contractTextSpecs}
          schema={contractTextsSchema}
          stored={contractTexts.data}
          save={(value, version) => settingsApi.setContractTexts({ value, version })}
          load={settingsApi.contractTexts}
          onSaved={contractTexts.reload}
        />
      ) : null}
      {infoMaterial.data ? (
        <SettingsGroupForm
          key={`info:${infoMaterial.data.version}`}
          title="Informationsmaterial om kommunala kontrakt"
          specs={infoMaterialSpecs}
          schema={infoMaterialSchema}
          stored={infoMaterial.data}
          save={(value, version) => settingsApi.setInfoMaterial({ value, version })}
          load={settingsApi.infoMaterial}
          onSaved={infoMaterial.reload}
          extra={() => (
            <button type="button" onClick={() => setPreview(true)}>
              Förhandsgranska sparad version
            </button>
          )}
        />
      ) : null}
      {onward.data ? (
        <SettingsGroupForm
          key={`onward:${onward.data.version}`}
          title="Nyanlända och utslussning"
          specs={onwardSpecs}
          schema={onwardSettingsSchema}
          stored={onward.data}
          save={(value, version) => settingsApi.setOnward({ value, version })}
          load={settingsApi.onward}
          onSaved={onward.reload}
        />
      ) : null}
      {letterTexts.data ? (
        <SettingsGroupForm
          key={`letters:${letterTexts.data.version}`}
          title="Brev: underrättelse, uppsägning och ansökan till hyresnämnden"
          specs={letterTextSpecs}
          schema={letterTextsSchema}
          stored={letterTexts.data}
          save={(value, version) => settingsApi.setLetterTexts({ value, version })}
          load={settingsApi.letterTexts}
          onSaved={letterTexts.reload}
        />
      ) : null}
      {followup.data ? (
        <SettingsGroupForm
          key={`followup:${followup.data.version}`}
          title="Uppföljning"
          specs={followupSpecs}
          schema={followupSettingsSchema}
          stored={followup.data}
          save={(value, version) => settingsApi.setFollowup({ value, version })}
          load={settingsApi.followup}
          onSaved={followup.reload}
        />
      ) : null}
      {objectNumbers.data ? (
        <SettingsGroupForm
          key={`objectNumbers:${objectNumbers.data.version}`}
          title="Objektnummer för nya bostäder"
          specs={objectNumberSpecs}
          schema={objectNumberSettingsSchema}
          stored={objectNumbers.data}
          save={(value, version) => settingsApi.setObjectNumbers({ value, version })}
          load={settingsApi.objectNumbers}
          onSaved={objectNumbers.reload}
        />
      ) : null}
      {preview ? <DocumentPreview request={{ kind: 'infoMaterial' }} onClose={() => setPreview(false)} /> : null}
    </div>
  );
}
