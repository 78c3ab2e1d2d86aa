/**
 * Island on the questionnaire: the result kept in this browser, scored again here with the same
 * scoring function the server uses, with a link back to it.
 */
import { useEffect, useState } from 'preact/hooks';
import { decodeAnswers, scoreAnswers, validateAnswers, type ScoringModel } from '../scoring.ts';
import { readKeptResult, writeKeptResult, type KeptResult } from './browser-storage.ts';
import { fill } from './fill.ts';

interface Props {
  model: ScoringModel;
  locale: 'ja' | 'en';
  resultPath: string;
  bandLabels: Record<string, string>;
  strings: { title: string; summary: string; open: string; outdated: string; forget: string };
}

type View = { kind: 'none' } | { kind: 'outdated' } | { kind: 'kept'; kept: KeptResult; total: number; band: string };

function viewOf(model: ScoringModel, kept: KeptResult | undefined): View {
  if (!kept) return { kind: 'none' };
  if (kept.version !== model.version) return { kind: 'outdated' };
  const decoded = decodeAnswers(model, kept.code);
  const checked = decoded ? validateAnswers(model, decoded) : undefined;
  if (!checked?.ok) return { kind: 'none' };
  const result = scoreAnswers(model, checked.answers);
  return { kind: 'kept', kept, total: result.total, band: result.band };
}

export default function KeptResultPanel({ model, locale, resultPath, bandLabels, strings }: Props) {
  const [view, setView] = useState<View>({ kind: 'none' });

  useEffect(() => setView(viewOf(model, readKeptResult(model.id))), [model]);

  if (view.kind === 'none') return null;
  const forget = () => {
    writeKeptResult(undefined, model.id);
    setView({ kind: 'none' });
  };
  return (
    <aside class="kept-result panel" aria-labelledby="kept-result-title" data-testid="kept-result">
      <h2 id="kept-result-title">{strings.title}</h2>
      {view.kind === 'outdated' ? (
        <p>{strings.outdated}</p>
      ) : (
        <>
          <p>
            {fill(strings.summary, {
              date: new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long' }).format(
                new Date(view.kept.savedAt),
              ),
              total: view.total,
              band: bandLabels[view.band] ?? view.band,
            })}
          </p>
          <p>
            <a href={`${resultPath}?${new URLSearchParams({ v: String(view.kept.version), a: view.kept.code })}`}>
              {strings.open}
            </a>
          </p>
        </>
      )}
      <p>
        <button type="button" class="kept-result__forget" onClick={forget}>
          {strings.forget}
        </button>
      </p>
    </aside>
  );
}
