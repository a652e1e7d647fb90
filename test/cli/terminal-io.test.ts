/** The CLI's RunnerIo: annotations as `level: file:line:column: title: message` lines on stderr. */
import { terminalIo, terminalLine } from '../../cli/terminal-io.js';
import { recordingCli, type RecordingCli } from './recording-cli.js';

const cli = (): RecordingCli => recordingCli('/');

describe('terminalLine', () => {
  it('names only what is known of the place', () => {
    const place = { file: 'a.py', line: 3, column: 7, title: 'Bad import' };
    expect(terminalLine('warning', 'm', place)).toBe('warning: a.py:3:7: Bad import: m');
    expect(terminalLine('error', 'm', { file: 'a.py', line: 3 })).toBe('error: a.py:3: m');
    expect(terminalLine('error', 'm', { file: 'a.py', column: 7 })).toBe('error: a.py: m');
    expect(terminalLine('notice', 'm', { title: 'T', input: 'install' })).toBe('notice: T: m');
    expect(terminalLine('warning', 'm')).toBe('warning: m');
  });
});

describe('terminalIo', () => {
  it('writes annotations to stderr, log lines only when asked, and drops outputs, masks and the summary', async () => {
    const quiet = cli();
    const io = terminalIo(quiet);
    io.info('log');
    io.debug('debug');
    io.warning('w', { file: 'a.py', line: 1, column: 2, title: 'T' });
    io.notice('n');
    io.error('e');
    io.mask('secret');
    io.setOutput('o', 'v');
    await io.summary('# s');
    expect([quiet.stdout, quiet.stderr]).toEqual([
      [],
      ['warning: a.py:1:2: T: w', 'notice: n', 'error: e'],
    ]);

    const loud = cli();
    terminalIo(loud, { log: true }).info('log');
    const silent = cli();
    terminalIo(silent, { annotations: false }).warning('w');
    expect([loud.stdout, silent.stderr]).toEqual([['log'], []]);
  });
});
