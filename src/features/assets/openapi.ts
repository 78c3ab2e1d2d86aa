/**
 * OpenAPI 3.1 path items of the signed-in register reads, self-contained (no $ref) so the one
 * document in features/api-docs can list them as they are.
 */
const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const;

const rating = { type: 'integer', minimum: 1, maximum: 3 } as const;
const nullableRating = { type: ['integer', 'null'], minimum: 1, maximum: 3 } as const;
const risk = {
  type: ['object', 'null'],
  required: ['importance', 'likelihood', 'value', 'level'],
  properties: {
    importance: rating,
    likelihood: rating,
    value: { type: 'integer', enum: [1, 2, 3, 4, 6, 9] },
    level: { type: 'string', enum: ['high', 'medium', 'low'] },
  },
} as const;
const organization = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'string' }, name: { type: 'string' } },
} as const;

const unauthorized = {
  description: 'No valid session, or the user belongs to no organisation (code `unauthorized`).',
  content: { 'application/json': { schema: errorSchema } },
} as const;

const security = [{ sessionCookie: [] }];

export const assetsOpenApiTag = {
  name: 'organisation',
  description:
    'Signed-in reads of the active organisation (session cookie from /app/sign-in). The organisation is the ' +
    'one the user works in on the pages; the request cannot name another.',
} as const;

export const assetsOpenApiPaths = {
  '/org/assets': {
    get: {
      tags: ['organisation'],
      operationId: 'listOrgAssets',
      summary: 'The information asset register (情報資産管理台帳) of the active organisation',
      security,
      responses: {
        '200': {
          description: 'Every asset with its ratings and computed importance, by name.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['organization', 'matrix', 'assets'],
                properties: {
                  organization,
                  matrix: { type: 'string', description: 'Id of the risk matrix the organisation uses.' },
                  assets: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: [
                        'id',
                        'category',
                        'name',
                        'confidentiality',
                        'integrity',
                        'availability',
                        'importance',
                      ],
                      properties: {
                        id: { type: 'string' },
                        category: { type: 'string', description: '業務分類' },
                        name: { type: 'string' },
                        note: { type: 'string' },
                        users: { type: 'string', description: '利用者範囲' },
                        department: { type: 'string', description: '管理部署' },
                        media: { type: 'string', description: '媒体・保存先' },
                        personalData: {
                          type: 'object',
                          properties: {
                            personal: { type: 'boolean' },
                            sensitive: { type: 'boolean' },
                            myNumber: { type: 'boolean' },
                          },
                        },
                        critical: { type: 'boolean' },
                        confidentiality: rating,
                        integrity: rating,
                        availability: rating,
                        importance: rating,
                        forcedReason: { type: 'string', enum: ['personalData', 'critical', 'personalDataAndCritical'] },
                        retention: { type: 'string', description: '保存期限' },
                        registeredOn: { type: 'string', format: 'date', description: '登録日' },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        '401': unauthorized,
      },
    },
  },
  '/org/risks': {
    get: {
      tags: ['organisation'],
      operationId: 'listOrgRisks',
      summary: 'The risk analysis (リスク分析シート) of the active organisation, highest risk first',
      security,
      responses: {
        '200': {
          description: 'One line per asset: ratings, risk, treatment, measures, residual risk and its acceptance.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['organization', 'matrix', 'risks'],
                properties: {
                  organization,
                  matrix: { type: 'string' },
                  risks: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['assetId', 'assetName', 'risk', 'residual'],
                      properties: {
                        assetId: { type: 'string' },
                        assetName: { type: 'string' },
                        threat: nullableRating,
                        vulnerability: nullableRating,
                        risk,
                        treatment: { type: ['string', 'null'], enum: ['reduce', 'avoid', 'transfer', 'accept', null] },
                        measures: { type: 'string' },
                        measureSections: {
                          type: 'array',
                          items: { type: 'string' },
                          description: 'Mission2 guidebook sections, e.g. `2-4` → /guide/mission2/2-4/.',
                        },
                        residualThreat: nullableRating,
                        residualVulnerability: nullableRating,
                        residual: risk,
                        acceptance: {
                          type: ['object', 'null'],
                          properties: {
                            name: { type: 'string' },
                            at: { type: 'string', format: 'date-time' },
                            comment: { type: 'string' },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        '401': unauthorized,
      },
    },
  },
} as const;
