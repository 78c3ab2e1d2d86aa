/**
 * OpenAPI 3.1 description of POST /api/v1/risk/evaluate: the path item for the key
 * `/risk/evaluate` of the one document served at /api/v1/openapi.json. Self-contained (no $ref),
 * so it can be merged as it is. Schemas are JSON Schema 2020-12.
 */
const rating = (description: string) => ({ type: 'integer', minimum: 1, maximum: 3, description }) as const;

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: { type: 'array', items: {} },
      },
    },
  },
} as const;

export const riskEvaluateRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['confidentiality', 'integrity', 'availability', 'personalData', 'critical', 'threat', 'vulnerability'],
  properties: {
    confidentiality: rating('機密性: how much harm a leak would do (1 low … 3 high).'),
    integrity: rating('完全性: how much harm altered or corrupted content would do.'),
    availability: rating('可用性: how much harm it would do if the asset could not be used.'),
    personalData: {
      type: 'boolean',
      description: 'The asset holds personal data (個人情報, 要配慮個人情報 or 特定個人情報): importance becomes 3.',
    },
    critical: {
      type: 'boolean',
      description:
        'An incident would bring legal liability, large harm to customers, partners or individuals, or a serious ' +
        'blow to the business: importance becomes 3.',
    },
    threat: rating('脅威: how often the threat occurs.'),
    vulnerability: rating('脆弱性: how exposed the asset is under current measures.'),
  },
} as const;

export const riskEvaluateResultSchema = {
  type: 'object',
  required: ['importance', 'likelihood', 'value', 'level'],
  properties: {
    importance: { type: 'integer', minimum: 1, maximum: 3, description: 'max(C, I, A), raised to 3 by the flags.' },
    likelihood: {
      type: 'integer',
      minimum: 1,
      maximum: 3,
      description: 'From the 3 × 3 table of threat and vulnerability (= ceil(threat ÷ (4 − vulnerability))).',
    },
    value: { type: 'integer', enum: [1, 2, 3, 4, 6, 9], description: 'importance × likelihood.' },
    level: {
      type: 'string',
      enum: ['high', 'medium', 'low'],
      description: '`high` (大) for 6–9, `medium` (中) for 3–4, `low` (小) for 1–2.',
    },
    forcedReason: {
      type: 'string',
      enum: ['personalData', 'critical', 'personalDataAndCritical'],
      description: 'Present only when a flag raised importance above the highest of the three ratings.',
    },
    matrix: { type: 'string', description: 'Id of the risk matrix used: always `gokui-default` here.' },
  },
} as const;

export const riskEvaluatePath = {
  post: {
    tags: ['risk'],
    operationId: 'evaluateRisk',
    summary: 'Evaluate the risk to one information asset (anonymous; nothing is stored)',
    description:
      'Applies the default risk matrix of Gokui (IPA guideline three-step scale): importance = max(C, I, A), ' +
      'forced to 3 for personal data or a business-critical asset; likelihood from threat × vulnerability; ' +
      'value = importance × likelihood; level high 6–9, medium 3–4, low 1–2.',
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: riskEvaluateRequestSchema,
          examples: {
            customerList: {
              summary: 'A customer list with personal data, a common threat, partly protected',
              value: {
                confidentiality: 2,
                integrity: 2,
                availability: 1,
                personalData: true,
                critical: false,
                threat: 3,
                vulnerability: 2,
              },
            },
          },
        },
      },
    },
    responses: {
      '200': {
        description: 'Importance, likelihood, risk value and level.',
        content: {
          'application/json': {
            schema: riskEvaluateResultSchema,
            examples: {
              customerList: {
                summary: 'The result for the example request',
                value: {
                  importance: 3,
                  likelihood: 2,
                  value: 6,
                  level: 'high',
                  forcedReason: 'personalData',
                  matrix: 'gokui-default',
                },
              },
            },
          },
        },
      },
      '400': {
        description:
          'The body is not JSON (`invalid_json`), or a field is missing, of the wrong type, out of range or not ' +
          'accepted (`invalid_risk_input`; `details` has one entry per offending field: ' +
          '{"field", "code": "missing" | "wrong_type" | "out_of_range" | "unknown_field" | "not_object", "message"}).',
        content: { 'application/json': { schema: errorSchema } },
      },
      '415': {
        description: 'The body is not sent as application/json (`unsupported_media_type`).',
        content: { 'application/json': { schema: errorSchema } },
      },
    },
  },
} as const;

/** The tag the path uses, for the document's `tags` list. */
export const riskOpenApiTag = {
  name: 'risk',
  description: 'Risk calculation by the default matrix (情報資産のリスク値).',
} as const;
