// Entry of the in-host suite in VS Code for the Web: bundled for the web worker extension host and loaded by
// the workbench as extensionTestsPath. mochaSetup must come first: it defines describe/it.
import './mochaSetup';
import './tests';

/** Called by the extension host; resolves when all tests passed. Prints a closing line the harness parses. */
export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    const runner = mocha.run();
    runner.once('end', () => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      console.log(`in-host: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} in-host test(s) failed`));
      else if (passes === 0) reject(new Error('No in-host test ran'));
      else resolve();
    });
  });
}
