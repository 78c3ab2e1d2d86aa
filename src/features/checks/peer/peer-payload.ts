/**
 * The anonymous payload of a peer-benchmark submission. It is exactly what is stored and what
 * the user sees before sending: the question set and version, the industry (JSIC 大分類), the
 * size band and the points per question. Nothing that names the organisation, a person, a time
 * or free text can get in: the builder only copies numbers and checked codes.
 */
import { z } from 'zod';
import { industryCodes } from '../../../content/risk-schemas.ts';
import { questionsOf, scoreAnswers, type Answers, type ScoringModel } from '../scoring.ts';

// The organisation's size bands (accounts: micro = 小規模企業者, small = other SMEs, medium = larger).
export const sizeBandCodes = ['micro', 'small', 'medium'] as const;

export const peerPayloadSchema = z
  .object({
    questionSet: z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/), version: z.number().int().min(1) }).strict(),
    industry: z.enum(industryCodes),
    sizeBand: z.enum(sizeBandCodes),
    total: z.number().int(),
    scores: z.array(z.number().int().nullable()).min(1).max(500),
  })
  .strict();

export type PeerPayload = z.infer<typeof peerPayloadSchema>;

/** Builds and checks the payload; throws when the organisation's industry or size is not a known code. */
export function buildPeerPayload(
  model: ScoringModel,
  answers: Answers,
  organization: { industry: string; sizeBand: string },
): PeerPayload {
  const result = scoreAnswers(model, answers);
  const points = new Map(result.items.map((item) => [item.questionId, item.points]));
  return peerPayloadSchema.parse({
    questionSet: { id: model.id, version: model.version },
    industry: organization.industry,
    sizeBand: organization.sizeBand,
    total: result.total,
    scores: questionsOf(model).map((question) => points.get(question.id) ?? null),
  });
}

/**
 * The payload as shown to the user and compared on submit: one field per line, the scores on one
 * line so the whole payload fits on a screen. Every value was checked by the schema; strings go
 * through JSON.stringify, so the text is valid JSON.
 */
export function formatPeerPayload(payload: PeerPayload): string {
  const scores = payload.scores.map((points) => (points === null ? 'null' : String(points))).join(', ');
  return [
    '{',
    `  "questionSet": { "id": ${JSON.stringify(payload.questionSet.id)}, "version": ${payload.questionSet.version} },`,
    `  "industry": ${JSON.stringify(payload.industry)},`,
    `  "sizeBand": ${JSON.stringify(payload.sizeBand)},`,
    `  "total": ${payload.total},`,
    `  "scores": [${scores}]`,
    '}',
  ].join('\n');
}
