// `npm run tally -- <command>`: the CLI of DESIGN.md. Each command lives in its own module.
import { UsageError } from '@/lib/errors';
import { runCommand } from './run';

const USAGE = `Usage: npm run tally -- <command>
  import <file.csv|file.json> [--dry-run] [--skip-invalid]
  export [--metric SLUG] [--format csv|json] [--out FILE]
  check [--json]
  extract <file.txt> [--published YYYY-MM-DD] [--publisher NAME] [--json]
  editor add <email>       (password from a prompt, or one line of stdin)
  editor token <email>     (prints a new API token once)
  editor revoke <email>    (disables the editor, its sessions and tokens)
  source alias SLUG NAME   (another name the source is known by)
  source merge FROM INTO --reason TEXT   (FROM is INTO: its claims move there)`;

runCommand(async () => {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'import':
      return (await import('./import-command')).importCommand(args);
    case 'check':
      return (await import('./check-command')).checkCommand(args);
    case 'extract':
      return (await import('./extract-command')).extractCommand(args);
    case 'export':
      return (await import('./export-command')).exportCommand(args);
    case 'editor':
      return (await import('./editor-command')).editorCommand(args);
    case 'source':
      return (await import('./source-command')).sourceCommand(args);
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command '${command}'\n${USAGE}`);
  }
});
