/**
 * The command line: registers the commands and hands each off to its module
 * (loaded lazily, so start-up pays only for the command that runs). This is
 * the only module that decides the exit code.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseDay } from './analyze/facts/calendar.js';
import { commandToRegister } from './command-to-register.js';
import { readConfig } from './config.js';
import { ArticleError, EXIT, isArticleError } from './errors.js';
import { DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT, isUrlSource } from './load/defaults.js';
import { isManySource } from './load/source-kind.js';
import { writeError } from './present/output.js';

declare const __VERSION__: string;

// A closed pipe (`article read | head -1`) is the reader's choice, not an error;
// any other failure to write (a full disk) is one line and exit 1, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    if (stream === process.stdout) writeError(`article: cannot write the output: ${err.message}`);
    process.exit(EXIT.input);
  });
}

function parseWidth(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 20 || n > 1000) {
    throw new InvalidArgumentError('give a whole number of columns from 20 to 1000.');
  }
  return n;
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('give a size such as 500k, 50mb or 1gb.');
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const scale = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit]!;
  return Math.floor(Number(m[1]) * scale);
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0 || n > 3600) throw new InvalidArgumentError('give a number of seconds above 0.');
  return n;
}

// The article's date, for resolving "yesterday" or "last week" when the article does not give one.
function parseDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parseDay(value)) throw new InvalidArgumentError('give a date as YYYY-MM-DD, such as 2025-10-19.');
  return value;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 1000) throw new InvalidArgumentError('give a whole number from 1 to 1000.');
  return n;
}

function parseProbability(value: string): number {
  const n = Number(value);
  if (!/^(?:0|1|0?\.\d+|1\.0*)$/.test(value.trim()) || n < 0 || n > 1) throw new InvalidArgumentError('give a number from 0 to 1, such as 0.8.');
  return n;
}

const SOURCES_HELP =
  'files, folders (their .md, .txt and .html files), globs, feeds, http(s):// URLs, - for standard input, or bundled slugs (default: the bundled article)';

const SOURCE_HELP =
  'a .md, .txt or .html file, an http(s):// URL, - for standard input, or a bundled slug (default: the bundled article)';

/** The options every article-reading command shares. */
function withCommon(cmd: Command, json: boolean): Command {
  if (json) {
    cmd
      .option('--json', 'print JSON for scripts (one document for many sources)')
      .option('--jsonl', 'print one line of JSON per article')
      .addOption(new Option('--limit <n>', "read at most this many of a feed's items").argParser(parseCount));
  }
  // While a URL is fetched, a spinner on stderr (a terminal only) says what we wait for.
  cmd.hook('preAction', async (command) => {
    if (isUrlSource(command.args[0] ?? '')) {
      command.setOptionValue('onProgress', (await import('./present/spinner.js')).fetchSpinner());
    }
  });
  return withLimits(cmd)
    .option('--width <columns>', 'wrap at this many columns (default: terminal width, at most 100)', parseWidth)
    .option('--no-color', 'no colours (NO_COLOR works too)')
    .option('--no-pager', 'never page the output');
}

/** How much and how long to read: every command that takes a source. */
function withLimits(cmd: Command): Command {
  return cmd
    .addOption(new Option('--max-size <size>', 'refuse inputs larger than this').default(DEFAULT_MAX_SIZE, '50mb').argParser(parseSize))
    .addOption(new Option('--timeout <seconds>', 'give up on a URL after this long').default(DEFAULT_TIMEOUT).argParser(parseSeconds));
}

/**
 * A command's options, with any shared option given before the command's name
 * (`article --width 40 sections`): Commander keeps those on the program.
 */
function optionsOf(command: Command): Record<string, unknown> {
  const options = { ...command.opts() };
  const program = command.parent;
  const given = (key: string) => command.getOptionValueSource(key) === 'cli' || program?.getOptionValueSource(key) === 'cli';
  if (program) {
    for (const [key, value] of Object.entries(program.opts())) {
      if (program.getOptionValueSource(key) === 'cli' && command.getOptionValueSource(key) !== 'cli') options[key] = value;
    }
  }
  // The config file's settings are defaults: an option given on the command line wins.
  const config = readConfig();
  if (config.width !== undefined && !given('width')) options.width = config.width;
  if (config.pager === false && !given('pager')) options.pager = false;
  if (config.pagerCommand) options.pagerCommand = config.pagerCommand;
  if (config.colour === 'never' && !given('color')) options.color = false;
  if (config.colour === 'always' && !given('color')) options.forceColor = true;
  for (const key of ['links', 'images'] as const) if (config[key] !== undefined && !given(key)) options[key] = config[key];
  return options;
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

function readOptions(cmd: Command): Command {
  return withCommon(cmd, false)
    .option('-s, --section <n|words>', 'only one section: its number (0 is the lead) or words of its title')
    .option('--plain', 'plain text: no styling, every piece of content kept')
    .option('--quotes', 'highlight every quote, one colour per speaker, its speaker named after it')
    .addOption(new Option('--links <style>', 'links as numbered notes, URLs in place, or text only').choices(['footnote', 'inline', 'none']).default('footnote'))
    .addOption(new Option('--images <style>', 'images as a caption line, or left out').choices(['caption', 'none']).default('caption'));
}

/** The program, with the subcommand `argv` runs (see command-to-register.ts); with no argv, all of them. */
function buildProgram(argv?: string[]): Command {
  const program = new Command('article')
    .description('Read news articles in the terminal, and ask them who said what, the hard facts and the gist.')
    .version(__VERSION__, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .configureOutput({
      outputError: (str) => writeError(`article: ${str.replace(/^error: /, '')}`),
    })
    .exitOverride();

  readOptions(program.argument('[source]', SOURCE_HELP))
    .addHelpText('after', examples('article', 'article story.md', 'cat story.txt | article -', 'article sections'))
    .action(async (source: string | undefined, _options, command: Command) => {
      // A bare word that is neither a file nor a bundled slug is most likely a mistyped command.
      if (source && /^[a-z]+$/.test(source)) {
        const { existsSync } = await import('node:fs');
        const { bundledPath } = await import('./load/bundled.js');
        const { savedPath } = await import('./load/library.js');
        if (!existsSync(source) && !bundledPath(source) && !savedPath(source)) {
          const near = buildProgram().commands.map((c) => c.name()).find((name) => editDistance(name, source) <= 2);
          throw new ArticleError(`unknown command or source '${source}'`, EXIT.usage, near ? `did you mean '${near}'?` : "see 'article --help'");
        }
      }
      return (await import('./commands/read.js')).read(source, optionsOf(command));
    });

  const only = argv && commandToRegister(program, argv.slice(2));
  const wanted = (name: string) => !argv || only === 'all' || only === name;

  if (wanted('read')) readOptions(program.command('read').description('render the article (paged on a terminal)').argument('[source]', SOURCE_HELP))
    .addHelpText('after', examples('article read --section 2', 'article read --section historical --no-pager', 'article read story.md --width 72'))
    .action(async (source, _options, command) => (await import('./commands/read.js')).read(source, optionsOf(command)));

  if (wanted('sections')) withCommon(program.command('sections').description('table of contents: number, title, words').argument('[sources...]', SOURCES_HELP), true)
    .addHelpText('after', examples('article sections', 'article sections story.md --json'))
    .action((sources: string[], _options, command: Command) => analyse('sections', sources, command));

  if (wanted('info')) withCommon(program.command('info').description('title, meta, words, reading time and counts').argument('[sources...]', SOURCES_HELP), true)
    .option('--date <YYYY-MM-DD>', "the article's date, when it gives none (or a wrong one)", parseDate)
    .addHelpText('after', examples('article info', 'article info story.md --json'))
    .action((sources: string[], _options, command: Command) => analyse('info', sources, command));

  if (wanted('list')) withLimits(program.command('list'))
    .description("the bundled articles, or a feed's items (date, title, site)")
    .argument('[feed]', 'an RSS or Atom feed: a file or an http(s):// URL')
    .option('--json', 'print JSON for scripts')
    .addOption(new Option('--limit <n>', 'show at most this many items').argParser(parseCount))
    .option('--width <columns>', 'wrap at this many columns (default: terminal width, at most 100)', parseWidth)
    .option('--no-color', 'no colours (NO_COLOR works too)')
    .addHelpText('after', examples('article list', 'article list --json', 'article list https://example.com/feed.xml --limit 10'))
    .action(async (feed, _options, command) => (await import('./commands/list.js')).list(feed, optionsOf(command)));

  if (wanted('quotes')) withCommon(program.command('quotes').description('every direct quote with its speaker').argument('[sources...]', SOURCES_HELP), true)
    .option('--speaker <name>', 'only quotes by this speaker (any part of the name, or of an unnamed source\'s description)')
    .addOption(new Option('--min-confidence <p>', 'only quotes whose speaker is at least this likely right, 0 to 1').argParser(parseProbability))
    .addHelpText('after', examples('article quotes', 'article quotes --speaker park', 'article quotes --min-confidence 0.8', 'article quotes story.txt --json'))
    .action((sources: string[], _options, command: Command) => analyse('quotes', sources, command));

  if (wanted('experts')) withCommon(program.command('experts').description('the people quoted: name, role, organisation, how often, first quote').argument('[sources...]', SOURCES_HELP), true)
    .addHelpText('after', examples('article experts', 'article experts story.md --json'))
    .action((sources: string[], _options, command: Command) => analyse('experts', sources, command));

  if (wanted('facts')) withCommon(program.command('facts').description('dates, durations, quantities, people, organisations, places').argument('[sources...]', SOURCES_HELP), true)
    .option('--kind <kind>', 'only one kind: date, duration, quantity, person, organization, place')
    .option('--date <YYYY-MM-DD>', "the article's date, that \"yesterday\" or \"last week\" count from (default: its own)", parseDate)
    .option('--timeline', 'the dated events in time order, each with what happened')
    .addHelpText('after', examples('article facts', 'article facts --kind date', 'article facts --timeline', 'article facts story.md --date 2025-10-20', 'article facts story.md --json'))
    .action((sources: string[], _options, command: Command) => analyse('facts', sources, command));

  if (wanted('summary')) withCommon(program.command('summary').description('the gist in a few sentences, verbatim from the article').argument('[sources...]', SOURCES_HELP), true)
    .addOption(new Option('-n, --sentences <n>', 'how many sentences').default(3).argParser(parseCount))
    .addHelpText('after', examples('article summary', 'article summary -n 5', 'article summary story.txt --json'))
    .action((sources: string[], _options, command: Command) => analyse('summary', sources, command));

  if (wanted('save')) withLimits(program.command('save'))
    .description('save an article (a web page, a file, standard input) as Markdown with front matter')
    .argument('<source>', 'a URL, an .html file, or any source the other commands take')
    .option('-o, --out <file>', 'where to write it, - for standard output (default: a file named after the title)')
    .option('-f, --force', 'overwrite an existing file')
    .addHelpText('after', examples('article save https://example.com/news/story.html', 'article save page.html --out story.md'))
    .action(async (source, _options, command) => (await import('./commands/save.js')).save(source, optionsOf(command)));

  if (wanted('completion')) program
    .command('completion')
    .description('a shell completion script: bash, zsh or fish')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText('after', examples('eval "$(article completion bash)"', 'article completion fish > ~/.config/fish/completions/article.fish'))
    .action(async (shell: string) => (await import('./commands/completion.js')).completion(shell, buildProgram()));

  for (const name of ['quotes', 'experts', 'facts']) {
    program.commands.find((c) => c.name() === name)?.option('--csv', 'print CSV for spreadsheets: one row per item');
  }
  return program;
}

/** The analysis commands, each loaded only when it runs. */
type Analysis = (source: string | undefined, options: Record<string, unknown>) => Promise<void>;
const ANALYSES: Record<string, Analysis> = {
  sections: async (source, options) => (await import('./commands/sections.js')).sections(source, options),
  info: async (source, options) => (await import('./commands/info.js')).info(source, options),
  quotes: async (source, options) => (await import('./commands/quotes.js')).quotes(source, options),
  experts: async (source, options) => (await import('./commands/experts.js')).experts(source, options),
  facts: async (source, options) => (await import('./commands/facts.js')).facts(source, options),
  summary: async (source, options) => (await import('./commands/summary.js')).summary(source, options),
};

/**
 * One source takes the single-article path, as fast as it ever was; several, or
 * one that stands for many (a folder, a glob, a feed), or --jsonl/--csv, take
 * the batch path, which sets exit 1 when any source failed.
 */
async function analyse(name: string, sources: string[], command: Command): Promise<void> {
  const options = optionsOf(command);
  const many = sources.length > 1 || options.jsonl || options.csv || (sources.length === 1 && isManySource(sources[0]!));
  if (!many) return ANALYSES[name]!(sources[0], options);
  const failed = await (await import('./commands/batch.js')).batch(name, sources, options);
  if (failed > 0) process.exitCode = EXIT.input;
}

// Levenshtein distance, for "did you mean" on a mistyped command (`qoutes`).
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** Run the CLI; every failure becomes one line on stderr and a documented exit code. */
async function main(argv: string[]): Promise<void> {
  const program = buildProgram(argv);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = exitCodeFor(err);
  }
}

function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) {
    // Help and version are successes; everything else Commander rejects is usage.
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help'
      ? EXIT.ok
      : EXIT.usage;
  }
  // Each command is bundled on its own, with its own copy of the class: recognise it by shape.
  if (isArticleError(err)) {
    writeError(`article: ${err.message}${err.hint ? ` (${err.hint})` : ''}`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  if (process.env.DEBUG?.split(',').includes('article') && err instanceof Error) writeError(String(err.stack));
  // Limits of the engine itself, which an input can reach: say which, not "unexpected".
  if (err instanceof RangeError && /call stack/i.test(message)) {
    writeError('article: the input is nested too deeply to process (a stack overflow)');
    return EXIT.input;
  }
  if (err instanceof RangeError && /string length|string longer/i.test(message)) {
    writeError('article: the input is too large to process: its text would pass the longest string Node can hold');
    return EXIT.input;
  }
  writeError(`article: unexpected error: ${message.split('\n')[0]} (run with DEBUG=article for details)`);
  return EXIT.input;
}

void main(process.argv);
