/**
 * The command line: registers the commands and hands each off to its module
 * (loaded lazily, so start-up pays only for the command that runs). This is
 * the only module that decides the exit code.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ArticleError, EXIT, isArticleError } from './errors.js';
import { DEFAULT_MAX_SIZE, DEFAULT_TIMEOUT, isUrlSource } from './load/defaults.js';
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

function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 1000) throw new InvalidArgumentError('give a whole number from 1 to 1000.');
  return n;
}

const SOURCE_HELP =
  'a .md, .txt or .html file, an http(s):// URL, - for standard input, or a bundled slug (default: the bundled article)';

/** The options every article-reading command shares. */
function withCommon(cmd: Command, json: boolean): Command {
  if (json) cmd.option('--json', 'print JSON for scripts');
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
  if (!program) return options;
  for (const [key, value] of Object.entries(program.opts())) {
    if (program.getOptionValueSource(key) === 'cli' && command.getOptionValueSource(key) !== 'cli') options[key] = value;
  }
  return options;
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

function readOptions(cmd: Command): Command {
  return withCommon(cmd, false)
    .option('-s, --section <n|words>', 'only one section: its number (0 is the lead) or words of its title')
    .option('--plain', 'plain text: no styling, every piece of content kept')
    .addOption(new Option('--links <style>', 'links as numbered notes, URLs in place, or text only').choices(['footnote', 'inline', 'none']).default('footnote'))
    .addOption(new Option('--images <style>', 'images as a caption line, or left out').choices(['caption', 'none']).default('caption'));
}

function buildProgram(): Command {
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
    .action(async (source: string | undefined, options) => {
      // A bare word that is neither a file nor a bundled slug is most likely a mistyped command.
      if (source && /^[a-z]+$/.test(source)) {
        const { existsSync } = await import('node:fs');
        const { bundledPath } = await import('./load/bundled.js');
        if (!existsSync(source) && !bundledPath(source)) {
          const near = program.commands.map((c) => c.name()).find((name) => editDistance(name, source) <= 2);
          throw new ArticleError(`unknown command or source '${source}'`, EXIT.usage, near ? `did you mean '${near}'?` : "see 'article --help'");
        }
      }
      return (await import('./commands/read.js')).read(source, options);
    });

  readOptions(program.command('read').description('render the article (paged on a terminal)').argument('[source]', SOURCE_HELP))
    .addHelpText('after', examples('article read --section 2', 'article read --section historical --no-pager', 'article read story.md --width 72'))
    .action(async (source, _options, command) => (await import('./commands/read.js')).read(source, optionsOf(command)));

  withCommon(program.command('sections').description('table of contents: number, title, words').argument('[source]', SOURCE_HELP), true)
    .addHelpText('after', examples('article sections', 'article sections story.md --json'))
    .action(async (source, _options, command) => (await import('./commands/sections.js')).sections(source, optionsOf(command)));

  withCommon(program.command('info').description('title, meta, words, reading time and counts').argument('[source]', SOURCE_HELP), true)
    .addHelpText('after', examples('article info', 'article info story.md --json'))
    .action(async (source, _options, command) => (await import('./commands/info.js')).info(source, optionsOf(command)));

  program
    .command('list')
    .description('the bundled articles')
    .option('--json', 'print JSON for scripts')
    .option('--width <columns>', 'wrap at this many columns (default: terminal width, at most 100)', parseWidth)
    .option('--no-color', 'no colours (NO_COLOR works too)')
    .addHelpText('after', examples('article list', 'article list --json'))
    .action(async (_options, command) => (await import('./commands/list.js')).list(optionsOf(command)));

  withCommon(program.command('quotes').description('every direct quote with its speaker').argument('[source]', SOURCE_HELP), true)
    .option('--speaker <name>', 'only quotes by this speaker (any part of the name, or of an unnamed source\'s description)')
    .addHelpText('after', examples('article quotes', 'article quotes --speaker park', 'article quotes story.txt --json'))
    .action(async (source, _options, command) => (await import('./commands/quotes.js')).quotes(source, optionsOf(command)));

  withCommon(program.command('experts').description('the people quoted: name, role, organisation, how often, first quote').argument('[source]', SOURCE_HELP), true)
    .addHelpText('after', examples('article experts', 'article experts story.md --json'))
    .action(async (source, _options, command) => (await import('./commands/experts.js')).experts(source, optionsOf(command)));

  withCommon(program.command('facts').description('dates, durations, quantities, people, organisations, places').argument('[source]', SOURCE_HELP), true)
    .option('--kind <kind>', 'only one kind: date, duration, quantity, person, organization, place')
    .addHelpText('after', examples('article facts', 'article facts --kind date', 'article facts story.md --json'))
    .action(async (source, _options, command) => (await import('./commands/facts.js')).facts(source, optionsOf(command)));

  withCommon(program.command('summary').description('the gist in a few sentences, verbatim from the article').argument('[source]', SOURCE_HELP), true)
    .addOption(new Option('-n, --sentences <n>', 'how many sentences').default(3).argParser(parseCount))
    .addHelpText('after', examples('article summary', 'article summary -n 5', 'article summary story.txt --json'))
    .action(async (source, _options, command) => (await import('./commands/summary.js')).summary(source, optionsOf(command)));

  withLimits(program.command('save'))
    .description('save an article (a web page, a file, standard input) as Markdown with front matter')
    .argument('<source>', 'a URL, an .html file, or any source the other commands take')
    .option('-o, --out <file>', 'where to write it, - for standard output (default: a file named after the title)')
    .option('-f, --force', 'overwrite an existing file')
    .addHelpText('after', examples('article save https://example.com/news/story.html', 'article save page.html --out story.md'))
    .action(async (source, _options, command) => (await import('./commands/save.js')).save(source, optionsOf(command)));

  return program;
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
  const program = buildProgram();
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
  writeError(`article: unexpected error: ${message.split('\n')[0]} (run with DEBUG=article for details)`);
  if (process.env.DEBUG?.split(',').includes('article') && err instanceof Error) writeError(String(err.stack));
  return EXIT.input;
}

void main(process.argv);
