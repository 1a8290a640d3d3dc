import { runCli } from './run-cli';

describe('runCli', () => {
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  let written: string[];
  let write: jest.SpyInstance;

  beforeEach(() => {
    written = [];
    write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
  });

  afterEach(() => {
    write.mockRestore();
    process.exitCode = undefined;
  });

  it("passes the program's arguments and sets its answer as the exit code", async () => {
    let seen: string[] = [];
    runCli(async (argv) => {
      seen = argv;
      return 2;
    });
    await settle();
    expect(seen).toEqual(process.argv.slice(2));
    expect(process.exitCode).toBe(2);
    expect(written).toEqual([]);
  });

  it('turns an error into one line on stderr and exit code 1', async () => {
    runCli(async () => {
      throw new Error('the broker refused the connection');
    });
    await settle();
    expect(process.exitCode).toBe(1);
    expect(written).toEqual(['error: the broker refused the connection\n']);
  });
});
