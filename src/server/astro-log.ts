/**
 * Astro's log destination (astro.config.mjs `logger.entrypoint`): what Astro itself logs at run
 * time — above all a page that threw — comes out as one JSON line like our own log (log.ts), an
 * error's stack as one field instead of many lines a collector would split.
 */
interface AstroLogEvent {
  level: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  label: string | null;
  message: string;
}

// ANSI colour codes Astro puts into some messages; they mean nothing to a collector.
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const SGR = /\u001b\[[0-9;]*m/g;

export default function astroLogDestination() {
  return {
    write(event: AstroLogEvent): boolean {
      if (event.level === 'silent' || event.level === 'debug') return true;
      const message = event.message.replace(SGR, '');
      const newline = message.indexOf('\n');
      const line: Record<string, unknown> = {
        time: new Date().toISOString(),
        level: event.level,
        msg: newline === -1 ? message : message.slice(0, newline),
        source: event.label ? `astro:${event.label}` : 'astro',
      };
      if (newline !== -1) line['stack'] = message;
      (event.level === 'error' ? process.stderr : process.stdout).write(JSON.stringify(line) + '\n');
      return true;
    },
  };
}
