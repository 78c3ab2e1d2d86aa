/** Island on the result page: keeps this result in this browser (localStorage) or removes it. */
import { useEffect, useState } from 'preact/hooks';
import { readKeptResult, writeDraft, writeKeptResult } from './browser-storage.ts';

interface Props {
  setId: string;
  version: number;
  code: string;
  strings: { save: string; hint: string; saved: string; forget: string; forgotten: string; unavailable: string };
}

type State = 'idle' | 'saved' | 'forgotten' | 'unavailable';

export default function KeepResult({ setId, version, code, strings }: Props) {
  const [state, setState] = useState<State | undefined>(undefined);

  useEffect(() => {
    // The check is finished: the unfinished answers are no longer needed.
    writeDraft(setId, undefined);
    const kept = readKeptResult(setId);
    setState(kept && kept.version === version && kept.code === code ? 'saved' : 'idle');
  }, [setId, version, code]);

  if (state === undefined) return null;

  const save = () => {
    const ok = writeKeptResult({ setId, version, code, savedAt: new Date().toISOString() }, setId);
    setState(ok ? 'saved' : 'unavailable');
  };
  const forget = () => {
    writeKeptResult(undefined, setId);
    setState('forgotten');
  };

  return (
    <div class="keep-result" data-testid="keep-result">
      {state === 'saved' ? (
        <button type="button" class="button button--secondary" onClick={forget}>
          {strings.forget}
        </button>
      ) : (
        <button type="button" class="button" onClick={save}>
          {strings.save}
        </button>
      )}
      <p class="hint">{strings.hint}</p>
      <p role="status" class="keep-result__status">
        {state === 'saved'
          ? strings.saved
          : state === 'forgotten'
            ? strings.forgotten
            : state === 'unavailable'
              ? strings.unavailable
              : ''}
      </p>
    </div>
  );
}
