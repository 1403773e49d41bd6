import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardCodedEnglish } from './hard-coded-text';

const COMPONENTS = join(import.meta.dirname, '../../../src/components');

describe('hard-coded English in components', () => {
  it('finds English text, attributes, expressions and script strings in a doctored component', () => {
    const doctored = `<script lang="ts">
  let busy = $state(false);
  const title = 'Add an account';
</script>
<h1>{title}</h1>
<p>Hello there</p>
<button aria-label="Close" title="Close the window">{busy ? 'Saving…' : app.t('common.back')}</button>
<CopyField label="invitation ID" value="x" />`;
    expect(hardCodedEnglish(doctored).map((f) => `${f.where}: ${f.text}`)).toEqual([
      'text: Hello there',
      'attribute: Close',
      'attribute: Close the window',
      'expression: Saving…',
      'attribute: invitation ID',
      'script: Add an account',
    ]);
  });

  it('leaves keys, comparisons, logs, identifiers and proper names alone', () => {
    const clean = `<script lang="ts">
  const kind = $state<'token' | 'global-key'>('token');
  const permissions = app.t('account.permissions', { read: 'Memberships Read', write: 'Memberships Write' });
  function onkeydown(event: KeyboardEvent) {
    if (event.key === 'Escape') console.warn('Escape pressed here');
    if (!event) throw new Error('No event at all');
  }
  let label = $state('Cloudflare');
</script>
<p class="hint" data-kind={kind}>{app.t('account.tokenHint')} {kind === 'token' ? '' : '—'}</p>
<p>Invitray {version} · <a href="https://dash.cloudflare.com/">{label}</a></p>`;
    expect(hardCodedEnglish(clean)).toEqual([]);
  });

  const files = readdirSync(COMPONENTS).filter((file) => file.endsWith('.svelte'));

  it('scans every component', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s takes every text from the catalogue', (file) => {
    expect(hardCodedEnglish(readFileSync(join(COMPONENTS, file), 'utf8'))).toEqual([]);
  });
});
