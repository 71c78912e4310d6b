// Relative imports: jest loads global setups outside its module mapper.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import servicesSetup from '../../libs/testing/src/global-setup';

/** The e2e services (started once even when the e2e project runs too) and an up-to-date web build. */
export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, [join(__dirname, '..', '..', 'scripts', 'build-web.cjs')], {
    stdio: 'inherit',
  });
  await servicesSetup();
}
