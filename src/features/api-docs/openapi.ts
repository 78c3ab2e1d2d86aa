/**
 * The OpenAPI 3.1 description of the public API under /api/v1, served at /api/v1/openapi.json.
 * ONE document for the whole API: a feature that adds an endpoint either adds its path here or
 * exports a self-contained path item from its index.ts that is listed here; openapi.test.ts
 * fails when a route under src/pages/api/v1 is missing.
 * Schemas are JSON Schema 2020-12, as OpenAPI 3.1 uses.
 */
import pkg from '../../../package.json' with { type: 'json' };
import { assetsOpenApiPaths, assetsOpenApiTag } from '../assets/index.ts';
import { riskEvaluatePath, riskOpenApiTag } from '../risk/index.ts';

const localized = {
  type: 'object',
  required: ['ja', 'en'],
  properties: { ja: { type: 'string' }, en: { type: 'string' } },
  additionalProperties: false,
} as const;

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** Every POST under /api/v1 shares one per-client budget (src/server/http/api-rate-limit.ts). */
const rateLimitedResponse = {
  ...errorResponse('Too many requests from this client in a short time (code `rate_limited`).'),
  headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 1 } } },
};

const setIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Question-set id, e.g. `five-minute-check`.',
  schema: { type: 'string', examples: ['five-minute-check'] },
} as const;

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Gokui API',
    version: pkg.version,
    summary: 'Public JSON API of Gokui (極意): diagnoses and calculations for SME cyber security.',
    description:
      'Errors always have the shape {"error": {"code", "message", "details"?}}. Messages are in Japanese when ' +
      'Accept-Language prefers Japanese, otherwise in English. Responses may gain fields over time; clients ' +
      'should ignore fields they do not know.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/api/v1' }],
  tags: [
    { name: 'question-sets', description: 'Question sets of the diagnoses and anonymous scoring.' },
    riskOpenApiTag,
    assetsOpenApiTag,
  ],
  paths: {
    '/question-sets': {
      get: {
        tags: ['question-sets'],
        operationId: 'listQuestionSets',
        summary: 'List the question sets',
        responses: {
          '200': {
            description: 'Every question set, in its current version.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['questionSets'],
                  properties: {
                    questionSets: { type: 'array', items: { $ref: '#/components/schemas/QuestionSetSummary' } },
                  },
                },
              },
            },
          },
        },
      },
    },
    '/question-sets/{id}': {
      get: {
        tags: ['question-sets'],
        operationId: 'getQuestionSet',
        summary: 'Get a question set with its questions, choices and bands',
        parameters: [setIdParameter],
        responses: {
          '200': {
            description: 'The question set.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/QuestionSet' } } },
          },
          '404': errorResponse('No question set has this id (code `not_found`).'),
        },
      },
    },
    '/question-sets/{id}/score': {
      post: {
        tags: ['question-sets'],
        operationId: 'scoreAnswers',
        summary: 'Score a complete set of answers (anonymous; nothing is stored)',
        parameters: [setIdParameter],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/ScoreRequest' },
              examples: {
                fiveMinuteCheck: {
                  summary: 'The 5-minute check (all 25 questions must be answered)',
                  value: { answers: { q01: 'yes', q02: 'partial', q03: 'no', q04: 'unknown', '…': '…' } },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The total, its band, the breakdown by part and the questions to review.',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ScoreResult' } } },
          },
          '400': errorResponse(
            'The body is not JSON (`invalid_json`), not of the form {"answers": {…}} (`invalid_request`), or ' +
              'names a missing, unknown or extra question id or an unknown choice (`invalid_answers`; `details` ' +
              'lists every offending id).',
          ),
          '404': errorResponse('No question set has this id (code `not_found`).'),
          '415': errorResponse('The body is not sent as application/json (code `unsupported_media_type`).'),
          '429': rateLimitedResponse,
        },
      },
    },
    '/risk/evaluate': {
      post: { ...riskEvaluatePath.post, responses: { ...riskEvaluatePath.post.responses, '429': rateLimitedResponse } },
    },
    ...assetsOpenApiPaths,
  },
  components: {
    securitySchemes: {
      sessionCookie: {
        type: 'apiKey',
        in: 'cookie',
        name: 'better-auth.session_token',
        description: 'The session cookie set by signing in at /app/sign-in.',
      },
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: {
              code: { type: 'string', examples: ['invalid_answers'] },
              message: { type: 'string' },
              details: { type: 'array', items: {} },
            },
          },
        },
      },
      LocalizedText: localized,
      QuestionSetSummary: {
        type: 'object',
        required: ['id', 'version', 'title', 'questionCount', 'min', 'max', 'parts'],
        properties: {
          id: { type: 'string' },
          version: { type: 'integer', minimum: 1 },
          title: { $ref: '#/components/schemas/LocalizedText' },
          summary: { $ref: '#/components/schemas/LocalizedText' },
          questionCount: { type: 'integer' },
          min: { type: 'integer', description: 'Lowest possible total.' },
          max: { type: 'integer', description: 'Highest possible total.' },
          parts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'title', 'questionCount'],
              properties: {
                id: { type: 'string' },
                title: { $ref: '#/components/schemas/LocalizedText' },
                questionCount: { type: 'integer' },
              },
            },
          },
        },
      },
      Choice: {
        type: 'object',
        required: ['id', 'points', 'label', 'review'],
        properties: {
          id: { type: 'string', examples: ['yes', 'partial', 'no', 'unknown'] },
          points: { type: 'integer' },
          label: { $ref: '#/components/schemas/LocalizedText' },
          review: { type: 'boolean', description: 'Answers with this choice are listed in `review`.' },
        },
      },
      Question: {
        type: 'object',
        required: ['id', 'number', 'topic', 'text', 'help', 'fix', 'glossary', 'actions', 'choices'],
        properties: {
          id: { type: 'string', examples: ['q01'] },
          number: { type: 'integer', minimum: 1 },
          topic: { $ref: '#/components/schemas/LocalizedText' },
          text: { $ref: '#/components/schemas/LocalizedText' },
          help: { $ref: '#/components/schemas/LocalizedText' },
          fix: { $ref: '#/components/schemas/LocalizedText' },
          glossary: { type: 'array', items: { type: 'string' }, description: 'Glossary term ids.' },
          actions: {
            type: 'array',
            items: { type: 'string', pattern: '^2-\\d{1,2}$' },
            description: 'Guidebook Mission2 actions that fix a gap, e.g. "2-4" (/guide/mission2/2-4/).',
          },
          choices: { type: 'array', items: { $ref: '#/components/schemas/Choice' } },
          condition: {
            type: 'object',
            description: 'Asked only when an earlier question was answered with one of these choices.',
            required: ['question', 'anyOf'],
            properties: {
              question: { type: 'string' },
              anyOf: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
      QuestionSet: {
        type: 'object',
        required: ['id', 'version', 'title', 'summary', 'source', 'parts', 'bands'],
        properties: {
          id: { type: 'string' },
          version: { type: 'integer', minimum: 1 },
          title: { $ref: '#/components/schemas/LocalizedText' },
          summary: { $ref: '#/components/schemas/LocalizedText' },
          source: { $ref: '#/components/schemas/LocalizedText' },
          parts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'title', 'questions'],
              properties: {
                id: { type: 'string' },
                title: { $ref: '#/components/schemas/LocalizedText' },
                questions: { type: 'array', items: { $ref: '#/components/schemas/Question' } },
              },
            },
          },
          bands: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'min', 'max', 'label', 'advice'],
              properties: {
                id: { type: 'string' },
                min: { type: 'integer' },
                max: { type: 'integer' },
                label: { $ref: '#/components/schemas/LocalizedText' },
                advice: { $ref: '#/components/schemas/LocalizedText' },
              },
            },
          },
        },
      },
      ScoreRequest: {
        type: 'object',
        required: ['answers'],
        additionalProperties: false,
        properties: {
          answers: {
            type: 'object',
            description: 'Question id → choice id, one entry for every question that is asked.',
            additionalProperties: { type: 'string' },
          },
        },
      },
      ScoreResult: {
        type: 'object',
        required: ['questionSet', 'total', 'min', 'max', 'band', 'parts', 'review'],
        properties: {
          questionSet: {
            type: 'object',
            required: ['id', 'version'],
            properties: { id: { type: 'string' }, version: { type: 'integer' } },
          },
          total: { type: 'integer', description: 'Plain sum of the points of the chosen answers.' },
          min: { type: 'integer' },
          max: { type: 'integer' },
          band: {
            type: 'string',
            description:
              'For the 5-minute check: `perfect` (100), `mostly` (70–99), `insufficient` (50–69), `critical` (≤ 49).',
            examples: ['perfect', 'mostly', 'insufficient', 'critical'],
          },
          parts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'score', 'max'],
              properties: {
                id: { type: 'string', examples: ['basic', 'employee', 'organization'] },
                score: { type: 'integer' },
                max: { type: 'integer' },
                percent: { type: 'integer', description: 'score ÷ max × 100, rounded.' },
              },
            },
          },
          review: {
            type: 'array',
            items: { type: 'string' },
            description: 'Questions answered with a review choice (`unknown`), in question order.',
          },
        },
      },
    },
  },
} as const;
