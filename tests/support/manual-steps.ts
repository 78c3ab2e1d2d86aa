/** The form fields of every step of the emergency-manual builder, for tests that build a manual. */
export function manualStepFields(firm: string): Record<string, Record<string, string>> {
  return {
    '4-1': { scope: '', storage: `${firm} 総務の棚`, reviewMonth: '4' },
    '4-2': {
      chiefName: '山田 一郎',
      chiefPhone: '090-1111-2222',
      leadName: '佐藤 花子',
      leadPhone: '03-1234-5678',
      firstName: '鈴木 次郎',
      firstPhone: '080-3333-4444',
      level0: '鈴木',
      level1: '鈴木',
      level2: '佐藤',
      level3: '山田と佐藤',
      'internal-0-name': '高橋 三郎',
      'internal-0-role': '営業部',
      'internal-0-phone': '090-7777-8888',
    },
    '4-3': { customerDesk: '佐藤 花子', entrusted: '' },
    '4-4': {
      vendorName: 'ABCシステム',
      vendorPhone: '03-9999-0000',
      backupPlace: 'NASとクラウド',
      fallback: '紙の伝票',
    },
    '4-5': { disconnect: 'LANケーブルを抜く' },
    '4-6': {
      'external-0-name': '警視庁 サイバー犯罪対策課',
      'external-0-purpose': '警察',
      'external-0-phone': '03-5805-1731',
    },
    '4-7': {
      backup: '毎日クラウドへ',
      safety: '災害用伝言ダイヤル',
      'keep-0-work': '受注',
      'keep-0-target': '1日以内',
    },
  };
}
