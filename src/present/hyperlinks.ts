import supportsHyperlinks from 'supports-hyperlinks';

/**
 * Whether link text may carry an OSC 8 hyperlink: a colour terminal that
 * understands them. Never inside tmux or screen: they pass OSC 8 on only when
 * configured to, and a passthrough wrapper they half strip prints as `Ptmux;\`.
 */
export function terminalHyperlinks(color: boolean, env = process.env): boolean {
  if (!color) return false;
  if (env.FORCE_HYPERLINK !== undefined) return supportsHyperlinks.stdout;
  if (env.TMUX || /^(?:screen|tmux)/.test(env.TERM ?? '')) return false;
  return supportsHyperlinks.stdout;
}
