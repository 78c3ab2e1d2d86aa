/**
 * An information asset of an organisation and its risk line: the columns of IPA's
 * 情報資産管理台帳 and リスク分析シート (FACTS.md §5). Plain data, no I/O.
 */
import type { Rating } from '../risk/index.ts';

/** 低減 / 回避 / 移転 / 保有. */
export const treatments = ['reduce', 'avoid', 'transfer', 'accept'] as const;
export type Treatment = (typeof treatments)[number];

/** The Mission2 action sections a planned measure can point to (/guide/mission2/…). */
export const mission2Actions = [
  '2-2',
  '2-3',
  '2-4',
  '2-5',
  '2-6',
  '2-7',
  '2-8',
  '2-9',
  '2-10',
  '2-11',
  '2-12',
  '2-13',
  '2-14',
  '2-15',
] as const;
export type Mission2Action = (typeof mission2Actions)[number];

/** What the register says about an asset (the ledger part). */
export interface AssetFields {
  /** 業務分類 */
  category: string;
  name: string;
  note: string;
  /** 利用者範囲 */
  users: string;
  /** 管理部署 */
  department: string;
  /** 媒体・保存先 */
  media: string;
  personal: boolean;
  sensitive: boolean;
  myNumber: boolean;
  /** An incident would bring legal liability, large harm to others or a serious blow to the business. */
  critical: boolean;
  confidentiality: Rating;
  integrity: Rating;
  availability: Rating;
  /** 保存期限 */
  retention: string;
  /** 登録日, YYYY-MM-DD */
  registeredOn: string;
}

/** The risk analysis of the asset (the risk-sheet part); ratings are null until chosen. */
export interface RiskFields {
  threat: Rating | null;
  vulnerability: Rating | null;
  treatment: Treatment | null;
  measures: string;
  measureSections: Mission2Action[];
  residualThreat: Rating | null;
  residualVulnerability: Rating | null;
}

export interface Acceptance {
  userId: string;
  name: string;
  /** ISO timestamp */
  at: string;
  comment: string;
}

export interface Asset extends AssetFields, RiskFields {
  id: string;
  acceptance: Acceptance | null;
  createdAt: string;
  updatedAt: string;
}

export const emptyRisk: RiskFields = {
  threat: null,
  vulnerability: null,
  treatment: null,
  measures: '',
  measureSections: [],
  residualThreat: null,
  residualVulnerability: null,
};

export function hasPersonalData(asset: Pick<AssetFields, 'personal' | 'sensitive' | 'myNumber'>): boolean {
  return asset.personal || asset.sensitive || asset.myNumber;
}
