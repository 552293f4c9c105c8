/** `soundstage serve`: the service in the foreground, stopped gracefully by SIGINT or SIGTERM. */
import { startService, type ServiceConfig } from '../service/index.js';

export async function serve(
  config: Omit<ServiceConfig, 'bootstrapKey' | 'webhooks' | 'logger' | 'allowPrivateImageUrls'>,
): Promise<void> {
  const webhooks = process.env.SOUNDSTAGE_WEBHOOK_URL
    ? [{ url: process.env.SOUNDSTAGE_WEBHOOK_URL, secret: process.env.SOUNDSTAGE_WEBHOOK_SECRET ?? '' }]
    : [];
  if (webhooks.length && !webhooks[0]!.secret.startsWith('whsec_'))
    throw new Error(
      'SOUNDSTAGE_WEBHOOK_SECRET must be set to a whsec_… secret when SOUNDSTAGE_WEBHOOK_URL is',
    );
  const service = await startService({
    ...config,
    bootstrapKey: process.env.SOUNDSTAGE_BOOTSTRAP_KEY || undefined,
    allowPrivateImageUrls: process.env.SOUNDSTAGE_ALLOW_PRIVATE_IMAGE_URLS === '1',
    webhooks,
    logger: { level: process.env.SOUNDSTAGE_LOG_LEVEL ?? 'info' },
  });
  process.stderr.write(`soundstage: serving the Videos API at ${service.url}/v1\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop).once('SIGTERM', stop);
  });
  await service.close();
}
