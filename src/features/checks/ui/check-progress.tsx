/**
 * Island on the questionnaire: shows how many questions are answered («12 / 25») and keeps the
 * unfinished answers in this browser, so a check left half-way can be resumed. Without
 * JavaScript the form works the same, just without these aids.
 */
import { useEffect, useState } from 'preact/hooks';
import { readDraft, writeDraft } from './browser-storage.ts';
import { fill } from './fill.ts';

interface Props {
  setId: string;
  version: number;
  formId: string;
  total: number;
  strings: { label: string; count: string; done: string; restored: string; clear: string };
}

function checkedAnswers(form: HTMLFormElement): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) {
    answers[input.name] = input.value;
  }
  return answers;
}

export default function CheckProgress({ setId, version, formId, total, strings }: Props) {
  const [answered, setAnswered] = useState<number | undefined>(undefined);
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return undefined;
    let answers = checkedAnswers(form);
    const draft = readDraft(setId);
    if (Object.keys(answers).length === 0 && draft && draft.version === version) {
      for (const [name, value] of Object.entries(draft.answers)) {
        for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
          if (input.name === name && input.value === value) input.checked = true;
        }
      }
      answers = checkedAnswers(form);
      if (Object.keys(answers).length > 0) setRestored(true);
    }
    setAnswered(Object.keys(answers).length);
    const onChange = () => {
      const current = checkedAnswers(form);
      setAnswered(Object.keys(current).length);
      writeDraft(setId, { version, answers: current });
    };
    form.addEventListener('change', onChange);
    return () => form.removeEventListener('change', onChange);
  }, [setId, version, formId]);

  if (answered === undefined) return null;

  const clear = () => {
    const form = document.getElementById(formId);
    if (form instanceof HTMLFormElement) {
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) input.checked = false;
    }
    writeDraft(setId, undefined);
    setAnswered(0);
    setRestored(false);
  };

  return (
    <div class="check-progress" data-testid="check-progress">
      <div class="check-progress__bar">
        <span id="check-progress-label">{strings.label}</span>
        <progress max={total} value={answered} aria-labelledby="check-progress-label" />
        <span class="check-progress__count" aria-hidden="true">
          {fill(strings.count, { answered, total })}
        </span>
      </div>
      <p class="check-progress__status" role="status">
        {answered === total ? strings.done : ''}
      </p>
      {restored && (
        <p class="check-progress__restored">
          {strings.restored}{' '}
          <button type="button" class="check-progress__clear" onClick={clear}>
            {strings.clear}
          </button>
        </p>
      )}
    </div>
  );
}
