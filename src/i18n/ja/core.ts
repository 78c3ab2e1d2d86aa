/** Japanese UI strings: core. */
export const core = {
  'site.name': 'Gokui（極意）',
  'site.tagline': '中小企業のためのサイバーセキュリティ実践ツール',
  'site.description':
    '中小企業向けのサイバーセキュリティ対策を、読む・診断する・備える・対応するまで一つにまとめた無料のツールです。',
  'nav.skip': '本文へ移動',
  'nav.primary': 'メインメニュー',
  'nav.home': 'ホーム',
  'nav.incident': 'もしかしてサイバー攻撃？',
  'nav.incidentHint': '今すぐやることと連絡先',
  'nav.languageSwitch': 'English',
  'nav.languageSwitchLabel': 'Read this page in English',
  'home.title': 'サイバー攻撃から会社を守る、最初の一歩',
  'home.lead':
    '5分の自己診断で今の状態を知り、ガイドブックで対策を学び、もしもの時に誰へ連絡するかを決めておきましょう。アカウントがなくても使えます。',
  'home.incidentTitle': '被害に遭ったかもしれない時は',
  'home.incidentBody': '慌てて電源を切る前に、まず何をするか・どこへ連絡するかを確認してください。',
  'home.missionMapTitle': 'ガイドブックの全体像',
  'home.missionMapLead': 'ガイドブックは7つのミッションと付録でできています。必要なところから読めます。',
  'footer.sources':
    '内容は、東京都産業労働局「中小企業向けサイバーセキュリティ対策の極意」と、IPA「中小企業の情報セキュリティ対策ガイドライン」などの公開資料に基づき、独自の文章で作成しています。',
  'footer.project': 'Gokui はオープンソースのプロジェクトです。',
  'error.404.title': 'ページが見つかりません',
  'error.404.body': 'お探しのページは移動したか、削除された可能性があります。URLをご確認ください。',
  'error.500.title': '問題が発生しました',
  'error.500.body':
    'ご不便をおかけしています。しばらくしてからもう一度お試しください。入力した内容は送信されていない可能性があります。',
  'error.backHome': 'ホームへ戻る',
  'error.forbiddenOrigin':
    'このリクエストは別のサイトから送られたため、受け付けませんでした。ページを開き直してからもう一度お試しください。',
  'error.payloadTooLarge': '送信されたデータが大きすぎます。ファイルを小さくしてからもう一度お試しください。',
  'nav.guide': 'ガイドブック',
  'nav.glossary': '用語集',
  'nav.references': '参考資料',
  'nav.contacts': '相談窓口',
  'nav.search': '検索',
  'nav.breadcrumb': '現在位置',
  'home.openGuide': 'ガイドブックを読む',
} as const satisfies Record<string, string>;
