import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { useEffect, useState } from 'preact/hooks';

interface Props {
  mode: 'register' | 'sign-in';
  /** Where to go after success. */
  next: string;
  label: string;
  failedMessage: string;
  /** Default name of a new passkey, e.g. the device. */
  passkeyName?: string;
}

async function postJson(url: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`step failed: ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Adds a passkey to the account, or signs in with one; shown only where WebAuthn exists. */
export default function PasskeyButton({ mode, next, label, failedMessage, passkeyName }: Props) {
  const [supported, setSupported] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => setSupported(typeof window !== 'undefined' && 'PublicKeyCredential' in window), []);
  if (!supported) return null;

  const run = async () => {
    setBusy(true);
    setFailed(false);
    try {
      if (mode === 'register') {
        const options = await postJson('/app/passkey/register-options');
        const response = await startRegistration({ optionsJSON: options as never });
        await postJson('/app/passkey/register-verify', { response, name: passkeyName });
      } else {
        const options = await postJson('/app/passkey/sign-in-options');
        const response = await startAuthentication({ optionsJSON: options as never });
        await postJson('/app/passkey/sign-in-verify', { response });
      }
      window.location.assign(next);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <div class="passkey">
      <button
        class="button button--secondary"
        type="button"
        onClick={run}
        disabled={busy}
        data-testid={`passkey-${mode}`}
      >
        {label}
      </button>
      {failed && (
        <p class="field-error" role="alert">
          {failedMessage}
        </p>
      )}
    </div>
  );
}
