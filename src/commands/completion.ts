/**
 * `article completion <shell>`: a completion script for bash, zsh or fish,
 * generated from the command line's own definitions so it never falls behind.
 * Sources complete as files, plus the bundled and saved slugs
 * (`article completion slugs`, which reads no article).
 */
import type { Command } from 'commander';
import { usageError } from '../errors.js';
import { bundledSlugs } from '../load/bundled.js';
import { savedSlugs } from '../load/library.js';
import { writeOut } from '../present/output.js';

interface CommandSpec {
  name: string;
  description: string;
  /** Every option's flags (`--json`, `-n`, `--sentences`), and which of them take a value. */
  flags: string[];
  valued: string[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** Values an option takes from a short list. */
const CHOICES: Record<string, string[]> = {
  '--kind': ['date', 'duration', 'quantity', 'person', 'organization', 'place'],
};

export async function completion(shell: string, program: Command): Promise<void> {
  if (shell === 'slugs') return writeOut([...bundledSlugs(), ...savedSlugs()].map((s) => `${s}\n`).join(''));
  const specs = program.commands.filter((c) => c.name() !== 'help').map(specOf);
  const global = specOf(program);
  const script = shell === 'bash' ? bash(specs, global) : shell === 'zsh' ? zsh(specs, global) : shell === 'fish' ? fish(specs, global) : null;
  if (script === null) throw usageError(`no completion for the shell '${shell}'`, `use one of: ${SHELLS.join(', ')}`);
  await writeOut(script);
}

function specOf(cmd: Command): CommandSpec {
  // Commander keeps its help option apart from the others.
  const flags: string[] = ['-h', '--help'];
  const valued: string[] = [];
  for (const option of cmd.options) {
    const names = [option.short, option.long].filter((f): f is string => Boolean(f));
    flags.push(...names);
    if (option.required || option.optional) valued.push(...names);
  }
  return { name: cmd.name(), description: cmd.description(), flags, valued };
}

// The word lists every shell's script needs, as shell words.
const words = (list: string[]) => list.join(' ');

function bash(specs: CommandSpec[], global: CommandSpec): string {
  const valued = [...new Set([...global.valued, ...specs.flatMap((s) => s.valued)])];
  return `# article completion for bash. Load it with: eval "$(article completion bash)"
_article() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" i word
  # The command is the first word that is neither an option nor an option's value.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    case " ${words(valued)} " in *" $word "*) ((i++)); continue ;; esac
    case "$word" in -*) ;; *) cmd="$word"; break ;; esac
  done
  case "$prev" in
${Object.entries(CHOICES).map(([flag, choices]) => `    ${flag}) COMPREPLY=($(compgen -W "${words(choices)}" -- "$cur")); return ;;`).join('\n')}
    ${valued.filter((f) => !CHOICES[f] && f !== '--out' && f !== '-o').join('|')}) COMPREPLY=(); return ;;
  esac
  local opts
  case "$cmd" in
${specs.map((s) => `    ${s.name}) opts="${words(s.flags)}" ;;`).join('\n')}
    *) opts="${words(global.flags)}" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W "${words(specs.map((s) => s.name))}" -- "$cur") $(compgen -f -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur") $(compgen -W "$(command article completion slugs 2>/dev/null)" -- "$cur"))
  fi
}
complete -o filenames -o bashdefault -F _article article
`;
}

function zsh(specs: CommandSpec[], global: CommandSpec): string {
  const quoted = (s: string) => s.replace(/'/g, "'\\''").replace(/:/g, '\\:');
  return `#compdef article
# article completion for zsh. Load it with: eval "$(article completion zsh)"
_article() {
  local -a commands
  commands=(
${specs.map((s) => `    '${quoted(s.name)}:${quoted(s.description)}'`).join('\n')}
  )
  if (( CURRENT == 2 )) && [[ "$words[CURRENT]" != -* ]]; then
    _describe -t commands 'article command' commands
    _files
    return
  fi
  local -a opts
  case "$words[2]" in
${specs.map((s) => `    ${s.name}) opts=(${words(s.flags)}) ;;`).join('\n')}
    *) opts=(${words(global.flags)}) ;;
  esac
  case "$words[CURRENT-1]" in
${Object.entries(CHOICES).map(([flag, choices]) => `    ${flag}) compadd -- ${words(choices)}; return ;;`).join('\n')}
  esac
  if [[ "$words[CURRENT]" == -* ]]; then
    compadd -- $opts
  else
    _files
    compadd -- \${(f)"$(command article completion slugs 2>/dev/null)"}
  fi
}
compdef _article article
`;
}

function fish(specs: CommandSpec[], global: CommandSpec): string {
  const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const option = (flag: string, condition: string, valued: boolean) => {
    const name = flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`;
    const choices = CHOICES[flag] ? ` -xa ${quote(words(CHOICES[flag]))}` : valued ? ' -r' : '';
    return `complete -c article -n ${quote(condition)} ${name}${choices}`;
  };
  const lines = [
    '# article completion for fish. Load it with: article completion fish | source',
    'complete -c article -f',
    `complete -c article -n '__fish_use_subcommand' -a '(command article completion slugs 2>/dev/null)' -F`,
    ...specs.map((s) => `complete -c article -n '__fish_use_subcommand' -a ${quote(s.name)} -d ${quote(s.description)}`),
    ...global.flags.map((f) => option(f, '__fish_use_subcommand', global.valued.includes(f))),
  ];
  for (const s of specs) {
    const when = `__fish_seen_subcommand_from ${s.name}`;
    lines.push(`complete -c article -n ${quote(when)} -F -a '(command article completion slugs 2>/dev/null)'`);
    lines.push(...s.flags.map((f) => option(f, when, s.valued.includes(f))));
  }
  return `${lines.join('\n')}\n`;
}
