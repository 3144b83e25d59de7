import { monthOf, todayInVietnam } from '@danvan/domain';
import { useLocation, useNavigate, useParams } from 'react-router';
import { plansMessages } from '@/config/messages/plans';
import { paths } from '@/config/paths';
import { useDifficulty } from '@/features/plans/api/get-difficulty';
import { useCreateDifficulty, useUpdateDifficulty } from '@/features/plans/api/save-difficulty';
import {
  DifficultyForm,
  type DifficultyFormValues,
  difficultyFormValues,
} from '@/features/plans/components/difficulty-form';
import { EntryFormPage, EntryRecord } from './entry-pages';
import { useFixedUnit } from './unit-commune-select';

const text = plansMessages.difficultyForm;
const crumbs = [{ label: plansMessages.difficulties.title, to: paths.difficulties }];

function listFrom(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith(paths.difficulties) ? from : paths.difficulties;
}

export function NewDifficultyPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const fixedUnit = useFixedUnit();
  const create = useCreateDifficulty();
  const back = listFrom(location.state);
  const today = todayInVietnam();
  // Most difficulties are reported for the month under way.
  const initialValues: DifficultyFormValues = {
    unitId: fixedUnit ? String(fixedUnit.id) : null,
    communeId: null,
    kind: null,
    text: '',
    recommendation: '',
    periodFrom: `${monthOf(today)}-01`,
    periodTo: today,
    status: 'moi',
  };
  return (
    <EntryFormPage title={text.newTitle} crumbs={crumbs} readOnly={text.readOnly}>
      <DifficultyForm
        draftKey="difficulty:new"
        initialValues={initialValues}
        fixedUnit={fixedUnit}
        save={(input) => create.mutateAsync(input)}
        onSaved={() => void navigate(back, { state: { notice: text.saved } })}
        onCancel={() => void navigate(back)}
      />
    </EntryFormPage>
  );
}

export function EditDifficultyPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const location = useLocation();
  const fixedUnit = useFixedUnit();
  const difficulty = useDifficulty(id);
  const update = useUpdateDifficulty();
  const back = listFrom(location.state);
  return (
    <EntryFormPage title={text.editTitle} crumbs={crumbs} readOnly={text.readOnly}>
      <EntryRecord query={difficulty} text={text}>
        {(current) => (
          <DifficultyForm
            draftKey={`difficulty:${id}`}
            initialValues={difficultyFormValues(current)}
            fixedUnit={fixedUnit}
            save={(input) => update.mutateAsync({ id, version: current.version, input })}
            onSaved={() => void navigate(back, { state: { notice: text.saved } })}
            onCancel={() => void navigate(back)}
          />
        )}
      </EntryRecord>
    </EntryFormPage>
  );
}
