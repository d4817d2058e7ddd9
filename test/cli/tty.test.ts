import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';

// `script` runs the command in a real pseudo-terminal, as a user's shell would.
function inTerminal(command: string, env: Record<string, string> = {}): string {
  const result = spawnSync('script', ['-qfec', `stty cols 90 rows 200; ${command}`, '/dev/null'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', TERM: 'xterm-256color', PAGER: 'cat', ...env },
    timeout: 20000,
  });
  return result.stdout;
}

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.runIf(hasScript)('in a real terminal', () => {
  it('colours the output', () => {
    expect(inTerminal(`node ${BIN} read --no-pager`)).toMatch(/\u001b\[[0-9;]*m/);
  });

  it('is plain under NO_COLOR', () => {
    const out = inTerminal(`node ${BIN} read --no-pager`, { NO_COLOR: '1' });
    expect(out).toContain('Rare Border Crossing');
    expect(out).not.toMatch(/\u001b\[[0-9;]*m/);
  });

  it('is plain with --no-color', () => {
    expect(inTerminal(`node ${BIN} sections --no-color`)).not.toMatch(/\u001b\[[0-9;]*m/);
  });

  it('wraps to the terminal width, capped at 100 columns', () => {
    const out = inTerminal(`stty cols 150; node ${BIN} read --no-pager --no-color`);
    const widest = Math.max(...out.split(/\r?\n/).map((l) => l.length));
    expect(widest).toBeLessThanOrEqual(100);
    expect(widest).toBeGreaterThan(80);
  });

  it('pages output taller than the screen through $PAGER', () => {
    const out = inTerminal(`stty rows 10; node ${BIN} read --no-color`, { PAGER: 'sed s/^/PAGED:/' });
    expect(out).toMatch(/PAGED:Rare Border Crossing/);
  });

  it('does not page with --no-pager', () => {
    const out = inTerminal(`stty rows 10; node ${BIN} read --no-color --no-pager`, { PAGER: 'sed s/^/PAGED:/' });
    expect(out).not.toContain('PAGED:');
  });
});

describe.runIf(hasScript)('links in a real terminal', () => {
  const SINK = 'test/fixtures/kitchen-sink.md';

  it('makes link text clickable (OSC 8) on a terminal that takes it', () => {
    const out = inTerminal(`node ${BIN} read ${SINK} --no-pager`, { FORCE_HYPERLINK: '1', TMUX: '' });
    expect(out).toContain('\u001b]8;;https://example.com/a/very/long/path');
  });

  it('writes no OSC 8 inside tmux, so no half-stripped wrapper shows', () => {
    const out = inTerminal(`node ${BIN} read ${SINK} --no-pager`, { VTE_VERSION: '7200', TMUX: '/tmp/tmux-1000/default,1,0', TERM: 'tmux-256color' });
    expect(out).not.toContain('\u001b]8;');
    expect(out).not.toContain('Ptmux');
    expect(out).toContain('[1]');
  });
});

describe.runIf(hasScript)('standard input in a real terminal', () => {
  it('refuses to wait on a terminal with nothing piped in', () => {
    const out = inTerminal(`node ${BIN} read -; echo "status=$?"`);
    expect(out).toMatch(/article: standard input is a terminal/);
    expect(out).toContain('status=1');
  });
});
