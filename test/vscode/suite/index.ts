// Entry of the in-host suite: bundled for the web worker extension host, loaded by the workbench as
// extensionTestsPath. The test files are imported explicitly: a bundle has no file system to glob.
import './mochaSetup';
import './activation.test';
import './editor.test';
import './notes.test';
import './export.test';

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
