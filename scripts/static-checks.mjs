// The static checks of `npm test`: lint, both typechecks and the format check, the same commands
// as `npm run typecheck` and `npm run lint`, in two lanes side by side. ESLint's typed rules take
// about a minute on one core; the typechecks and Prettier (about half a minute together) run on
// the other core meanwhile instead of after it. Each check's output is printed whole when it
// ends, and the script fails if any check fails (every check still runs, so all are reported).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const lanes = [
  [{ name: 'eslint', command: bin('eslint'), args: ['.', '--max-warnings', '0'] }],
  [
    { name: 'typecheck (app)', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
    {
      name: 'typecheck (node)',
      command: bin('tsc'),
      args: ['--noEmit', '-p', 'tsconfig.node.json'],
    },
    { name: 'prettier', command: bin('prettier'), args: ['--check', '.'] },
  ],
];

/** Runs one check, collecting its output; resolves to whether it passed. */
function run({ name, command, args }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const finish = (passed, extra = '') => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`\n> ${name}: ${command.replace(`${root}/`, '')} ${args.join(' ')}`);
      const text = Buffer.concat(output).toString().trimEnd();
      if (text) console.log(text);
      console.log(`${passed ? 'passed' : 'FAILED'}: ${name} (${seconds} s)${extra}`);
      resolve(passed);
    };
    child.on('error', (error) => finish(false, `: ${error.message}`));
    child.on('close', (code) => finish(code === 0));
  });
}

async function runLane(checks) {
  const results = [];
  for (const check of checks) results.push(await run(check));
  return results;
}

const results = (await Promise.all(lanes.map(runLane))).flat();
if (results.includes(false)) {
  console.error('\nStatic checks failed: see FAILED above.');
  process.exit(1);
}
