/**
 * The config file, $XDG_CONFIG_HOME/article/config (by default
 * ~/.config/article/config): `key = value` lines, `#` comments. Its keys are
 * defaults for the command-line options, which override them:
 *
 *   width  = 72                 wrap at this many columns
 *   pager  = off | on | <cmd>   never page, page, or page through this command
 *   colour = auto | always | never   (`color` works too)
 *   links  = on | off           clickable links (OSC 8) when reading
 *   images = on | off           show images' alt text and address when reading
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { usageError } from './errors.js';

export interface Config {
  width?: number;
  pager?: boolean;
  pagerCommand?: string;
  colour?: 'auto' | 'always' | 'never';
  links?: 'footnote' | 'inline' | 'none';
  images?: 'caption' | 'none';
}

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(base, 'article', 'config');
}

const ON = new Set(['on', 'yes', 'true', '1']);
const OFF = new Set(['off', 'no', 'false', '0']);

/** The config file's settings; none when there is no file. A bad line is wrong usage, named by file and line. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const path = configPath(env);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return {};
    throw usageError(`cannot read the config file ${path}: ${(err as Error).message}`);
  }
  const config: Config = {};
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const m = /^([A-Za-z]+)\s*[=:]\s*(.*)$/.exec(line);
    const where = `${path}:${i + 1}`;
    if (!m) throw usageError(`${where}: not a setting: ${line}`, 'write key = value');
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    const lower = value.toLowerCase();
    const flag = () => {
      if (ON.has(lower)) return true;
      if (OFF.has(lower)) return false;
      throw usageError(`${where}: ${key} is on or off, not '${value}'`);
    };
    switch (key) {
      case 'width': {
        const n = Number(value);
        if (!/^\d+$/.test(value) || n < 20 || n > 1000) throw usageError(`${where}: width is a whole number of columns from 20 to 1000, not '${value}'`);
        config.width = n;
        break;
      }
      case 'pager':
        if (ON.has(lower) || OFF.has(lower)) config.pager = flag();
        else if (value) config.pagerCommand = value;
        break;
      case 'colour':
      case 'color':
        if (ON.has(lower) || lower === 'always') config.colour = 'always';
        else if (OFF.has(lower) || lower === 'never') config.colour = 'never';
        else if (lower === 'auto') config.colour = 'auto';
        else throw usageError(`${where}: colour is auto, always or never, not '${value}'`);
        break;
      // The same words as read's --links and --images; on and off for the default and for nothing.
      case 'links':
        if (lower === 'footnote' || lower === 'inline' || lower === 'none') config.links = lower;
        else if (ON.has(lower) || OFF.has(lower)) config.links = flag() ? 'footnote' : 'none';
        else throw usageError(`${where}: links is footnote, inline or none, not '${value}'`);
        break;
      case 'images':
        if (lower === 'caption' || lower === 'none') config.images = lower;
        else if (ON.has(lower) || OFF.has(lower)) config.images = flag() ? 'caption' : 'none';
        else throw usageError(`${where}: images is caption or none, not '${value}'`);
        break;
      default:
        throw usageError(`${where}: unknown setting '${m[1]}'`, 'the settings are width, pager, colour, links and images');
    }
  });
  return config;
}
