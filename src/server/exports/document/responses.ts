/** Download responses for generated documents. */
const safeName = (filename: string) => filename.replace(/[^A-Za-z0-9._-]/g, '_');

export function docxResponse(bytes: Buffer, filename: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': `attachment; filename="${safeName(filename)}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
